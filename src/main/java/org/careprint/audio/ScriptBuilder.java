package org.careprint.audio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;
import org.careprint.model.SentenceSplitter;
import org.careprint.review.ReviewWording;

/** Turns a bound handout into a {@link SpeechScript}: opening, body blocks, words to know, closing. */
final class ScriptBuilder implements Block.Visitor<Void> {
    static final String OPENING = "Opening";
    static final String WORDS_TO_KNOW = "Words to know";
    private static final String[] COUNT_NOUNS = {"item", "items"};

    private final TextNormalizer normalizer;
    private final boolean showOverdue;
    private final String glossary;
    private final List<Utterance> out = new ArrayList<>();
    /** Keys of terms already explained right after their first mention (--audio-glossary inline). */
    private final Set<String> explained = new HashSet<>();

    ScriptBuilder(TextNormalizer normalizer) {
        this(normalizer, false, AudioOptions.DEFAULT_GLOSSARY);
    }

    ScriptBuilder(TextNormalizer normalizer, boolean showOverdue, String glossary) {
        this.normalizer = normalizer;
        this.showOverdue = showOverdue;
        this.glossary = glossary == null ? AudioOptions.DEFAULT_GLOSSARY : glossary;
    }

    SpeechScript build(Handout handout, ReviewInfo review) {
        out.clear();
        explained.clear();
        String title = handout.metadata().title().isBlank() ? "Untitled handout" : handout.metadata().title().trim();
        opening(title, handout, review);
        for (Block block : handout.blocks()) {
            block.accept(this);
        }
        wordsToKnow(handout);
        say("End of " + terminated(withoutFinalStop(title)), Pauses.SECTION, Pauses.SENTENCE, null);
        LocalDate updated = review != null ? review.updated() : handout.metadata().updated();
        if (updated != null) {
            say("Last updated " + ReviewWording.longDate(updated) + ".", 0, 0, null);
        }
        return new SpeechScript(title, out);
    }

    private void opening(String title, Handout handout, ReviewInfo review) {
        LocalDate reviewed = review != null ? review.reviewed() : handout.metadata().reviewed();
        // Short, so content starts within 15 s even under a long title: title, review date, next review, then the
        // page. The last-updated date is said at the end ("End of …. Last updated …") and is in the ID3 comment.
        say(terminated(withoutFinalStop(title)), 0, Pauses.SENTENCE, OPENING);
        say(reviewed == null ? "Review date not known." : "Medically reviewed on " + ReviewWording.longDate(reviewed) + ".",
                0, Pauses.SENTENCE, null);
        if (review != null && review.nextReview() != null) {
            // Like print: "overdue" is said only with --show-overdue; otherwise the due date, as a fact.
            boolean overdue = showOverdue && review.status() == ReviewStatus.OVERDUE;
            say((overdue ? "Review overdue since " : "Next review due ") + ReviewWording.longDate(review.nextReview()) + ".",
                    0, Pauses.SENTENCE, null);
        }
        long defined = handout.distinctTerms().stream().filter(Inline.Term::defined).count();
        if (AudioOptions.GLOSSARY_END.equals(glossary) && defined > 0) {
            say("The last chapter is " + WORDS_TO_KNOW + ".", 0, Pauses.SENTENCE, null);
        }
    }

    private void wordsToKnow(Handout handout) {
        if (AudioOptions.GLOSSARY_NONE.equals(glossary)) {
            return;
        }
        List<Inline.Term> defined = new ArrayList<>();
        for (Inline.Term t : handout.distinctTerms()) {
            if (t.defined() && !explained.contains(key(t))) { // inline: only terms never reached in the body
                defined.add(t);
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        say(WORDS_TO_KNOW + ".", Pauses.SECTION, Pauses.HEADING, WORDS_TO_KNOW);
        for (Inline.Term t : defined) {
            String relation = t.binding() == null ? null : t.binding().relation();
            String word = t.label() + (relation == null ? "" : ", " + relation);
            say(word.trim() + ": " + terminated(t.definition().trim()), 0, Pauses.LIST_ITEM, null);
        }
    }

    @Override
    public Void heading(Block.Heading h) {
        String text = Inlines.plainText(h.content()).trim();
        if (text.isEmpty()) {
            return null;
        }
        boolean section = h.level() == 2;
        // Said as a heading by its pauses and falling end, without a spoken "Section:" label.
        say(terminated(text), section ? Pauses.SECTION : Pauses.HEADING, Pauses.HEADING, section ? text : null);
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        String text = Inlines.plainText(p.content());
        if (FigureSpeech.onlyControls(text)) {
            return null;
        }
        sentences(p.content(), 0, Pauses.PARAGRAPH);
        return null;
    }

    @Override
    public Void list(Block.BulletList l) {
        items(l.items(), l.ordered());
        return null;
    }

    private void items(List<Block.ListItem> items, boolean ordered) {
        if (items.isEmpty()) {
            return;
        }
        say("A list of " + count(items.size()) + ".", Pauses.SENTENCE, Pauses.SENTENCE, null);
        int n = 1;
        for (Block.ListItem item : items) {
            String text = Inlines.plainText(item.content()).trim();
            if (!text.isEmpty()) {
                List<Inline> content = new ArrayList<>();
                if (ordered) {
                    content.add(new Inline.Text(n + ". "));
                }
                content.addAll(item.content());
                if (!terminated(text).equals(text)) {
                    content.add(new Inline.Text("."));
                }
                sentences(content, 0, Pauses.LIST_ITEM);
            }
            items(item.children(), ordered);
            n++;
        }
        pauseAfterLast(Pauses.PARAGRAPH);
    }

    @Override
    public Void table(Block.Table t) {
        if (!t.caption().isBlank()) {
            say("Table: " + terminated(t.caption().trim()), Pauses.SENTENCE, Pauses.SENTENCE, null);
        }
        say("A table with " + NumberWords.cardinal(t.rows().size()) + (t.rows().size() == 1 ? " row." : " rows."),
                Pauses.SENTENCE, Pauses.SENTENCE, null);
        for (List<Block.Cell> row : t.rows()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String value = Inlines.plainText(row.get(i).content()).trim();
                if (value.isEmpty()) {
                    continue;
                }
                String header = i < t.header().size() ? Inlines.plainText(t.header().get(i).content()).trim() : "";
                parts.add(header.isEmpty() ? value : header + ": " + value);
            }
            if (!parts.isEmpty()) {
                say(terminated(String.join("; ", parts)), 0, Pauses.LIST_ITEM, null);
            }
        }
        pauseAfterLast(Pauses.PARAGRAPH);
        return null;
    }

    @Override
    public Void figure(Block.Figure f) {
        String said = FigureSpeech.said(f.description());
        if (said == null) {
            return null;
        }
        say(terminated(said), Pauses.SENTENCE, Pauses.PARAGRAPH, null);
        return null;
    }

    /**
     * Sentences of inline content. With --audio-glossary inline, a defined term's first mention is followed, after its
     * sentence, by "<term> means <definition>."
     */
    private void sentences(List<Inline> content, double before, double after) {
        String text = Inlines.plainText(content);
        List<int[]> starts = new ArrayList<>();
        List<Inline.Term> terms = new ArrayList<>();
        collectTerms(content, new int[] {0}, starts, terms);
        List<String> list = SentenceSplitter.split(text);
        int pos = 0;
        for (int i = 0; i < list.size(); i++) {
            String sentence = list.get(i);
            int at = text.indexOf(sentence, pos);
            int from = at < 0 ? pos : at;
            int to = at < 0 ? pos : at + sentence.length();
            pos = Math.max(pos, to);
            List<Inline.Term> define = new ArrayList<>();
            if (AudioOptions.GLOSSARY_INLINE.equals(glossary)) {
                for (int t = 0; t < terms.size(); t++) {
                    int start = starts.get(t)[0];
                    boolean inSentence = start >= from && (start < to || i == list.size() - 1);
                    if (inSentence && terms.get(t).defined() && explained.add(key(terms.get(t)))) {
                        define.add(terms.get(t));
                    }
                }
            }
            boolean last = i == list.size() - 1;
            say(sentence, i == 0 ? before : 0, last && define.isEmpty() ? after : Pauses.SENTENCE, null);
            for (int d = 0; d < define.size(); d++) {
                Inline.Term t = define.get(d);
                String def = t.definition().trim();
                def = FigureSpeech.decapitalized(def);
                String label = t.label().trim();
                // The label keeps the reader's case ("acne"); the caption is a sentence, so it starts with a capital.
                label = label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
                say(label + " means " + terminated(def), 0,
                        last && d == define.size() - 1 ? after : Pauses.SENTENCE, null);
            }
        }
    }

    private static void collectTerms(List<Inline> content, int[] offset, List<int[]> starts, List<Inline.Term> terms) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Term t) {
                starts.add(new int[] {offset[0]});
                terms.add(t);
                offset[0] += t.plainText().length();
            } else if (inline instanceof Inline.Emphasis e) {
                collectTerms(e.content(), offset, starts, terms);
            } else {
                offset[0] += inline.plainText().length();
            }
        }
    }

    private static String key(Inline.Term t) {
        return (t.key() == null ? t.text() : t.key()).toLowerCase(Locale.ROOT);
    }

    /**
     * Adds text as whole sentences, each one utterance (natural intonation) shown as caption-sized cues; a text of
     * several sentences (a definition) becomes several utterances. Pieces are normalized one by one.
     */
    private void say(String text, double before, double after, String chapter) {
        List<String> sentences = SentenceSplitter.split(text);
        if (sentences.size() <= 1) {
            sentence(text, before, after, chapter);
            return;
        }
        for (int i = 0; i < sentences.size(); i++) {
            sentence(sentences.get(i), i == 0 ? before : 0, i == sentences.size() - 1 ? after : Pauses.SENTENCE,
                    i == 0 ? chapter : null);
        }
    }

    private void sentence(String sentence, double before, double after, String chapter) {
        List<Utterance.Piece> pieces = new ArrayList<>();
        for (String written : CueSplitter.phrases(sentence)) {
            String spoken = normalizer.normalize(written);
            if (Words.count(spoken) > 0) {
                pieces.add(new Utterance.Piece(written, spoken));
            }
        }
        if (!pieces.isEmpty()) {
            out.add(Utterance.of(pieces, before, after, chapter));
        }
    }

    private void pauseAfterLast(double pause) {
        if (!out.isEmpty()) {
            Utterance u = out.remove(out.size() - 1);
            out.add(u.withPauseAfter(Math.max(u.pauseAfter(), pause)));
        }
    }

    private static String count(int n) {
        return NumberWords.cardinal(n) + " " + COUNT_NOUNS[n == 1 ? 0 : 1];
    }

    private static String terminated(String text) {
        return text.matches("(?s).*[.!?:]$") ? text : text + ".";
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
