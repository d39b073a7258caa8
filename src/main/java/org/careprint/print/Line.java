package org.careprint.print;

import java.util.List;

/**
 * One laid-out line: its spans (spaces included; a line ending at a soft wrap between words keeps that one
 * space at its end, outside {@code width} and {@code chars}), width in points and character count.
 */
record Line(List<Span> spans, float width, int chars) {
    Line {
        spans = List.copyOf(spans);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
