package org.careprint.glossary;

import org.careprint.model.Inline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * For --auto-terms: marks the first use of each known glossary term in running text, preferring the
 * longest phrase at each position and matching whole words only. One instance per handout, because it
 * remembers which entries it has already marked.
 */
final class FirstUseMarker {
    private final Glossary glossary;
    private final Set<String> marked = new HashSet<>();

    FirstUseMarker(Glossary glossary) {
        this.glossary = glossary;
    }

    List<Inline> markRun(List<Inline> run) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : run) {
            if (inline instanceof Inline.Text text) {
                out.addAll(markText(text.text()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private List<Inline> markText(String text) {
        List<int[]> words = words(text);
        List<Inline> out = new ArrayList<>();
        int copied = 0;
        int i = 0;
        while (i < words.size()) {
            Match match = longestAt(text, words, i);
            if (match == null) {
                i++;
                continue;
            }
            if (match.entry() == null) {
                i += match.wordCount();
                continue;
            }
            int start = words.get(i)[0];
            int end = words.get(i + match.wordCount() - 1)[1];
            if (start > copied) {
                out.add(new Inline.Text(text.substring(copied, start)));
            }
            String phrase = text.substring(start, end);
            out.add(new Inline.Term(phrase, match.entry().term(), match.entry().definition(), true, false));
            copied = end;
            i += match.wordCount();
        }
        if (copied < text.length()) {
            out.add(new Inline.Text(text.substring(copied)));
        }
        return out;
    }

    private record Match(GlossaryEntry entry, int wordCount) {
    }

    private Match longestAt(String text, List<int[]> words, int i) {
        int max = Math.min(glossary.maxTermWords(), words.size() - i);
        // Grow the phrase while the gap between words is only spaces or hyphens (no clause break).
        int reachable = 1;
        while (reachable < max && joinable(text, words.get(i + reachable - 1)[1], words.get(i + reachable)[0])) {
            reachable++;
        }
        for (int n = reachable; n >= 1; n--) {
            String phrase = text.substring(words.get(i)[0], words.get(i + n - 1)[1]);
            Optional<GlossaryEntry> entry = glossary.lookup(phrase).filter(e -> caseFits(phrase, e));
            if (entry.isPresent()) {
                if (marked.add(entry.get().term())) {
                    return new Match(entry.get(), n);
                }
                return new Match(null, n); // marked earlier: skip these words, do not mark a shorter piece of them
            }
        }
        return null;
    }

    /**
     * Unmarked text is matched with its case: a word written in small letters ("fit", "pet", "ent") is not the
     * acronym an entry spells in capitals (FIT, PET, ENT). Marked terms are not held to this: the page said
     * they are terms.
     */
    static boolean caseFits(String phrase, GlossaryEntry entry) {
        if (!phrase.equals(phrase.toLowerCase(java.util.Locale.ROOT))
                && !phrase.equals(capitalized(phrase.toLowerCase(java.util.Locale.ROOT)))) {
            return true; // the text has capitals of its own
        }
        String key = PhraseNormalizer.normalize(phrase);
        for (String form : Glossary.forms(entry)) {
            boolean acronym = form.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && form.chars().anyMatch(Character::isLetter);
            if (!acronym && PhraseNormalizer.variants(PhraseNormalizer.normalize(form)).contains(key)) {
                return true;
            }
            if (!acronym && PhraseNormalizer.variants(key).contains(PhraseNormalizer.normalize(form))) {
                return true;
            }
        }
        return false;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean joinable(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2011') {
                return false;
            }
        }
        return true;
    }

    /**
     * Word spans: letters and digits, keeping inner apostrophes, slashes and periods that join word
     * pieces ("HER2/neu", "Hodgkin's"); hyphens split words so "blood-brain barrier" is three words.
     */
    static List<int[]> words(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '\'' || c == '\u2019' || c == '/') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }
}
