package org.careprint.source;

import java.util.ArrayList;
import java.util.List;

/** One line of input text with its 1-based line number in the original file. */
record SourceLine(String text, int line) {
    boolean isBlank() {
        return text.isBlank();
    }

    /** The lines of a text (any line ending), trailing blanks and non-breaking spaces stripped. */
    static List<SourceLine> split(String text) {
        String[] parts = text.split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new SourceLine(stripTrailing(parts[i]), i + 1));
        }
        return lines;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        // keep whitespace-only lines recognizable as such for the cruft count
        return end == 0 && !s.isEmpty() ? s : s.substring(0, end);
    }
}
