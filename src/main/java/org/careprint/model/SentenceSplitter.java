package org.careprint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences — the one splitter the checks (sentence counts, lost lists) and the audio script
 * (one caption and pause per sentence) share. A sentence ends at . ! or ? (plus closing quotes or brackets) followed
 * by a space and a capital, a digit, an opening quote or bracket, or a bullet; not after a common abbreviation
 * ("e.g.", "Dr.", "Oct.", "No.") or a single capital initial ("Susan G. Komen"). Whitespace, including no-break
 * spaces, is collapsed to single spaces. Pure JDK, no state.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "st", "no",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "u.s",
            "etc", "inc", "prof", "fig", "jr", "sr");
    private static final String CLOSING = "\"'\u201d\u2019)]";
    private static final String OPENING = "\"'\u201c\u2018(\u2022";
    private static final String OPENING_PUNCTUATION = "(\"'\u201c\u2018";

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < t.length() && CLOSING.indexOf(t.charAt(end)) >= 0) {
                end++;
            }
            if (end >= t.length() || t.charAt(end) != ' ') {
                continue;
            }
            int next = end + 1;
            if (next >= t.length() || !startsSentence(t.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(t, start, i)) {
                continue;
            }
            out.add(t.substring(start, end).trim());
            start = next;
        }
        if (start < t.length()) {
            String rest = t.substring(start).trim();
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENING.indexOf(c) >= 0;
    }

    /** The word ending at the period {@code dot} (opening quotes and brackets left off) is an abbreviation. */
    private static boolean isAbbreviation(String t, int sentenceStart, int dot) {
        int wordStart = Math.max(t.lastIndexOf(' ', dot) + 1, sentenceStart);
        while (wordStart < dot && OPENING_PUNCTUATION.indexOf(t.charAt(wordStart)) >= 0) {
            wordStart++;
        }
        String word = t.substring(wordStart, dot);
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(word.charAt(0))) {
            return true; // a single capital initial such as "J. Smith"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
