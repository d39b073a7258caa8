package org.careprint.glossary;

import java.util.Locale;

/**
 * The headword "Words to know" prints for a term: what the reader saw, with a capital that only comes from
 * the start of a sentence folded ("Acne" → "acne"), while acronyms and proper names keep theirs ("HER2",
 * "Lynch syndrome").
 */
final class TermLabel {
    private TermLabel() {
    }

    /**
     * @param seen          the term as written on the page
     * @param sentenceStart whether the term begins a sentence, list item or heading
     * @param headword      the glossary headword it binds to, or null
     */
    static String of(String seen, boolean sentenceStart, String headword) {
        String text = seen.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return text;
        }
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '-') {
            end++;
        }
        String first = text.substring(0, end);
        if (!isTitleCase(first)) {
            return text;
        }
        if (headword != null) {
            String headFirst = headword.strip().split("[\\s-]", 2)[0];
            if (!headFirst.isEmpty() && Character.isUpperCase(headFirst.charAt(0))
                    && headFirst.equalsIgnoreCase(first.substring(0, Math.min(first.length(), headFirst.length())))) {
                return text; // the glossary writes it with a capital: a proper name ("Lynch", "Hodgkin")
            }
            if (!sentenceStart && (headFirst.isEmpty() || Character.isUpperCase(headFirst.charAt(0)))) {
                return text;
            }
        } else if (!sentenceStart) {
            return text; // a capital in mid-sentence is the page's own: keep it
        }
        return first.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** One capital then only lower-case letters: "Acne", not "HER2", "PET" or "iPhone". */
    private static boolean isTitleCase(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
