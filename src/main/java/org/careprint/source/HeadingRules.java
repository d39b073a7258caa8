package org.careprint.source;

import java.util.Set;

/**
 * Tells a heading from a lead-in in scraped text. A line ending in ":" is a lead-in paragraph. A heading is
 * a short bare line without final punctuation that is Title Case ("Treatments for Brain Metastases") or
 * a question ("What Is Lymphedema?").
 */
final class HeadingRules {
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from",
            "in", "into", "is", "it", "nor", "of", "on", "or", "so", "the", "to", "up", "vs", "via", "with", "your",
            "you", "can", "do", "if", "are", "be", "will", "my", "i", "what", "how", "when", "why", "who", "that");
    static final int MAX_HEADING_LENGTH = 90;
    private static final int MAX_HEADING_WORDS = 12;

    private HeadingRules() {
    }

    static boolean isLeadIn(String line) {
        return line.trim().endsWith(":");
    }

    /** Short, no sentence-ending punctuation, starts with a capital or digit. */
    static boolean isShortBare(String line) {
        String t = line.trim();
        if (t.isEmpty() || t.length() > MAX_HEADING_LENGTH || words(t).length > MAX_HEADING_WORDS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (".,;:!".indexOf(last) >= 0) {
            return false;
        }
        char first = t.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) && t.chars().anyMatch(Character::isLetter);
    }

    static boolean isQuestion(String line) {
        String t = line.trim();
        return isShortBareIgnoringQuestion(t) && t.endsWith("?");
    }

    private static boolean isShortBareIgnoringQuestion(String t) {
        return !t.isEmpty() && t.length() <= MAX_HEADING_LENGTH + 20 && words(t).length <= MAX_HEADING_WORDS + 4
                && Character.isUpperCase(t.charAt(0));
    }

    /** Most significant words capitalized: "Treatments for HER2-Positive Metastatic Breast Cancer". */
    static boolean isTitleCase(String line) {
        String[] words = words(line.trim());
        int significant = 0;
        int capitalized = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^[^\\p{L}\\p{N}]+", "");
            if (w.isEmpty() || i > 0 && SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalized++;
            }
        }
        return significant > 0 && capitalized * 10 >= significant * 8;
    }

    /** A heading by shape alone (no context). */
    static boolean isHeading(String line) {
        String t = line.trim();
        if (isQuestion(t)) {
            return true;
        }
        return isShortBare(t) && t.endsWith("?") || isShortBare(t) && isTitleCase(t) && words(t).length >= 1
                && !t.matches("^[\\d\\s/.\\-–]+$");
    }

    static String[] words(String t) {
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
