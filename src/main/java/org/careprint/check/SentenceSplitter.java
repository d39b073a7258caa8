package org.careprint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences at . ! ? followed by space and a capital, digit or quote, without breaking
 * after common abbreviations (e.g., Dr.) or a single initial ("Susan G. Komen").
 */
public final class SentenceSplitter {
    private static final Pattern END = Pattern.compile("[.!?]+[\"'\u201d\u2019)\\]]*(?=\\s+[\\p{Lu}\\p{N}\"'\u201c\u2018(\u2022]|\\s*$)");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "st", "approx", "fig", "jr", "sr", "u.s");

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        String normalized = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        List<String> sentences = new ArrayList<>();
        Matcher m = END.matcher(normalized);
        int start = 0;
        while (m.find()) {
            if (isAbbreviation(normalized, m.start())) {
                continue;
            }
            add(sentences, normalized.substring(start, m.end()));
            start = m.end();
        }
        add(sentences, normalized.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            sentences.add(t);
        }
    }

    /** The word before the period at {@code dot} is an abbreviation or a single capital initial. */
    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int s = dot;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot).replaceAll("^[(\"'\u201c\u2018]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
