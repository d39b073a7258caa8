package org.careprint.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a written sentence into caption-sized phrases (at most two lines of at most 42 characters), preferring
 * breaks after commas, semicolons and colons, then between words. Each phrase becomes one spoken unit and one cue.
 */
final class CueSplitter {
    static final int LINE = 42;
    static final int LINES = 2;

    private CueSplitter() {
    }

    static List<String> phrases(String sentence) {
        String s = sentence.replaceAll("\\s+", " ").trim();
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        if (fits(s)) {
            out.add(s);
            return out;
        }
        StringBuilder current = new StringBuilder();
        for (String clause : clauses(s)) {
            String candidate = current.length() == 0 ? clause : current + " " + clause;
            if (fits(candidate)) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (fits(clause)) {
                current.append(clause);
            } else {
                List<String> pieces = byWords(clause);
                for (int i = 0; i < pieces.size() - 1; i++) {
                    out.add(pieces.get(i));
                }
                current.append(pieces.get(pieces.size() - 1));
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    /** Clauses end after ", " "; " ": " — but not inside "August 31, 2015" or "1,000". */
    private static List<String> clauses(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((c == ',' || c == ';' || c == ':') && s.charAt(i + 1) == ' '
                    && !(c == ',' && i + 2 < s.length() && Character.isDigit(s.charAt(i + 2)))) {
                out.add(s.substring(start, i + 1).trim());
                start = i + 2;
            }
        }
        out.add(s.substring(start).trim());
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Greedy word packing for a clause too long to be one cue; keeps pieces balanced-ish by filling up. */
    private static List<String> byWords(String clause) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : clause.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (fits(candidate) || current.length() == 0) {
                current.setLength(0);
                current.append(candidate);
            } else {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        out.add(current.toString());
        return out;
    }

    static boolean fits(String text) {
        return wrap(text).size() <= LINES;
    }

    /** Greedy line wrap at {@link #LINE} characters; a single longer word is cut so no line overflows. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > LINE) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, LINE));
                word = word.substring(LINE);
            }
            if (line.length() == 0) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= LINE) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
