package org.careprint.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits written text into sentences, without breaking after abbreviations ("e.g.", "Dr.") or initials. */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "dr.", "mr.", "mrs.", "ms.", "vs.",
            "st.", "no.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
            "dec.", "approx.", "u.s.", "etc.", "inc.", "prof.", "fig.");

    private SentenceSplitter() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        String t = text.replaceAll("\\s+", " ").trim();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < t.length() && "\"'”’)".indexOf(t.charAt(end)) >= 0) {
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
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'(".indexOf(c) >= 0;
    }

    private static boolean isAbbreviation(String t, int sentenceStart, int dot) {
        int wordStart = t.lastIndexOf(' ', dot) + 1;
        if (wordStart < sentenceStart) {
            wordStart = sentenceStart;
        }
        String word = t.substring(wordStart, dot + 1).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        // A single capital initial such as "J. Smith".
        return word.length() == 2 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(t.charAt(wordStart));
    }
}
