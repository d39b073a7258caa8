package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careprint.model.Inline;

/**
 * Turns scraped glossary markers into inlines. A site's glossary icon survives scraping as the literal
 * {@code info-icon} glued after the LAST word of a term ("lymphinfo-icon nodes", "HER2/neuinfo-icon",
 * "situinfo-icon,", "receptorinfo-icon-positive"). We emit that last word as an inexact {@link Inline.Term};
 * the glossary stage later extends it backwards to the longest known term.
 */
final class InfoIconMarkers {
    static final String MARKER = "info-icon";

    private InfoIconMarkers() {
    }

    static boolean hasMarker(String text) {
        return text.toLowerCase(Locale.ROOT).contains(MARKER);
    }

    /** Splits text into Text and Term inlines; text without markers comes back as one Text. */
    static List<Inline> parse(String text) {
        List<Inline> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int from = 0;
        StringBuilder pending = new StringBuilder();
        int idx;
        while ((idx = lower.indexOf(MARKER, from)) >= 0) {
            String before = text.substring(from, idx);
            int wordEnd = before.length();
            // "lymph info-icon nodes": a marker separated by spaces still belongs to the previous word
            while (wordEnd > 0 && before.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int start = wordEnd;
            while (start > 0 && isWordChar(before.charAt(start - 1))) {
                start--;
            }
            // a term starts with a letter or digit, never with a hyphen, slash or apostrophe
            while (start < wordEnd && !Character.isLetterOrDigit(before.charAt(start))) {
                start++;
            }
            // "receptor 2info-icon": a bare number is never a term on its own; it ends the previous word's term
            if (start < wordEnd && before.substring(start, wordEnd).chars().noneMatch(Character::isLetter)) {
                int prevEnd = start;
                while (prevEnd > 0 && before.charAt(prevEnd - 1) == ' ') {
                    prevEnd--;
                }
                int prevStart = prevEnd;
                while (prevStart > 0 && isWordChar(before.charAt(prevStart - 1))) {
                    prevStart--;
                }
                if (prevEnd < start && prevStart < prevEnd && Character.isLetter(before.charAt(prevStart))) {
                    start = prevStart;
                }
            }
            String word = before.substring(start, wordEnd);
            pending.append(before, 0, start);
            if (!word.isEmpty()) {
                flush(pending, out);
                out.add(new Inline.Term(word, false));
            }
            from = idx + MARKER.length();
        }
        pending.append(text.substring(from));
        flush(pending, out);
        return out;
    }

    /** Characters that may sit inside a term's last token: letters, digits, slash, hyphen, apostrophes, marks. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '\'' || c == '\u2019'
                || c == '®' || c == '™' || c == '+';
    }

    private static void flush(StringBuilder pending, List<Inline> out) {
        if (pending.length() > 0) {
            out.add(new Inline.Text(pending.toString()));
            pending.setLength(0);
        }
    }
}
