package org.careprint.glossary;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a phrase into the key used for matching: lower case, straight apostrophes, hyphens and dashes
 * as spaces, one space between words, surrounding punctuation dropped. Also produces the singular/plural
 * variants of the last word so "lymph nodes" finds "lymph node" and "metastases" finds "metastasis".
 */
final class PhraseNormalizer {
    private static final String EDGE_PUNCTUATION = ".,;:!?\"'()[]{}\u201c\u201d\u2018\u2019\u00ab\u00bb*";

    private PhraseNormalizer() {
    }

    static String normalize(String phrase) {
        if (phrase == null) {
            return "";
        }
        // NFKC only matters for non-ASCII text (ligatures, full-width forms); most phrases are plain ASCII.
        String input = isAscii(phrase) ? phrase : Normalizer.normalize(phrase, Normalizer.Form.NFKC);
        String s = input
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .replace('\u00ae', ' ').replace('\u2122', ' ')
                .toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Hyphens and dashes join words the same way a space does ("blood-brain" = "blood brain").
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014' || Character.isWhitespace(c)
                    || c == '\u00a0') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        String collapsed = collapseSpaces(sb);
        int start = 0;
        int end = collapsed.length();
        while (start < end && EDGE_PUNCTUATION.indexOf(collapsed.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_PUNCTUATION.indexOf(collapsed.charAt(end - 1)) >= 0) {
            end--;
        }
        return collapsed.substring(start, end).trim();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Trims and turns runs of spaces into one, without a regular expression (this runs for every form). */
    private static String collapseSpaces(CharSequence in) {
        StringBuilder out = new StringBuilder(in.length());
        boolean space = false;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == ' ') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The normalized phrase followed by its variants with the last word singularized or pluralized. */
    static Set<String> variants(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        out.add(normalized);
        int space = normalized.lastIndexOf(' ');
        String head = space < 0 ? "" : normalized.substring(0, space + 1);
        String last = space < 0 ? normalized : normalized.substring(space + 1);
        for (String form : wordVariants(last)) {
            out.add(head + form);
        }
        return out;
    }

    /** Plausible other number forms of one lower-case word, most likely first. */
    static Set<String> wordVariants(String w) {
        Set<String> out = new LinkedHashSet<>();
        int n = w.length();
        if (n < 2 || !Character.isLetter(w.charAt(n - 1))) {
            return out;
        }
        // Plural -> singular
        if (w.endsWith("ses") && n > 4) {
            out.add(w.substring(0, n - 3) + "sis"); // metastases -> metastasis
        }
        if (w.endsWith("ies") && n > 4) {
            out.add(w.substring(0, n - 3) + "y"); // therapies -> therapy
        }
        if (w.endsWith("es") && n > 3) {
            out.add(w.substring(0, n - 2)); // biopsies handled above; "masses" -> "mass"
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("sis") && n > 2) {
            out.add(w.substring(0, n - 1)); // nodes -> node, tkis -> tki
        }
        if (w.endsWith("i") && n > 3) {
            out.add(w.substring(0, n - 1) + "us"); // nuclei -> nucleus
        }
        if (w.endsWith("a") && n > 3) {
            out.add(w.substring(0, n - 1) + "um"); // media -> medium
        }
        // Singular -> plural
        if (w.endsWith("sis") && n > 4) {
            out.add(w.substring(0, n - 3) + "ses");
        }
        if (w.endsWith("us") && n > 3) {
            out.add(w.substring(0, n - 2) + "i");
        }
        if (w.endsWith("um") && n > 3) {
            out.add(w.substring(0, n - 2) + "a");
        }
        if (w.endsWith("y") && n > 2 && "aeiou".indexOf(w.charAt(n - 2)) < 0) {
            out.add(w.substring(0, n - 1) + "ies");
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            out.add(w + "es");
        }
        out.add(w + "s");
        out.remove(w);
        return out;
    }
}
