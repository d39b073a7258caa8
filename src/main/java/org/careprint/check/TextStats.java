package org.careprint.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Handout;
import org.careprint.model.SentenceSplitter;

/**
 * Sentence, word and syllable counts of a handout's body text (paragraphs, list items, table cells; not
 * headings or figures). A list item or cell with no end punctuation is still one sentence. A word is a run
 * of letters and digits (with inner hyphens, slashes, apostrophes) that holds at least one letter, so
 * "HER2-positive" is one word and "10-15%" or a phone number is none.
 */
record TextStats(List<SentenceScore> sentences) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['\u2019\\-/\u2010\u2011][\\p{L}\\p{N}]++)*+");

    static final int FULL_SENTENCE = 6;

    public TextStats {
        sentences = List.copyOf(sentences);
    }

    public static TextStats of(Handout handout) {
        List<SentenceScore> scores = new ArrayList<>();
        for (TextRun run : BodyText.runs(handout)) {
            if (run.heading()) {
                continue;
            }
            for (String sentence : SentenceSplitter.split(run.text())) {
                SentenceScore score = score(sentence, run.line());
                if (score.words() > 0) {
                    scores.add(score);
                }
            }
        }
        return new TextStats(scores);
    }

    static SentenceScore score(String sentence, int line) {
        int words = 0;
        int syllables = 0;
        int poly = 0;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            if (w.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            int s = Math.max(1, Syllables.count(w));
            words++;
            syllables += s;
            if (s >= 3) {
                poly++;
            }
        }
        return new SentenceScore(sentence, line, words, syllables, poly);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    public int words() {
        return sentences.stream().mapToInt(SentenceScore::words).sum();
    }

    public int syllables() {
        return sentences.stream().mapToInt(SentenceScore::syllables).sum();
    }

    public int polysyllables() {
        return sentences.stream().mapToInt(SentenceScore::polysyllables).sum();
    }

    /**
     * The {@code n} sentences with the highest grade, hardest first (ties keep reading order). Fragments under
     * {@value #FULL_SENTENCE} words (list items like "Triple-negative") score high on syllables per word alone
     * but are not what an editor should rewrite, so full sentences rank first.
     */
    public List<SentenceScore> hardest(int n) {
        return sentences.stream()
                .sorted(Comparator.comparing((SentenceScore s) -> s.words() < FULL_SENTENCE)
                        .thenComparing(Comparator.comparingDouble(SentenceScore::grade).reversed()))
                .limit(n)
                .toList();
    }

    /** Unrounded grades. */
    public Readability readability() {
        return new Readability(
                Readability.fleschKincaid(words(), sentenceCount(), syllables()),
                Readability.smog(polysyllables(), sentenceCount()));
    }
}
