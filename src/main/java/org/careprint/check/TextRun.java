package org.careprint.check;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Inline;

/**
 * The plain text of one inline run (a paragraph, list item, table cell or heading) with the source line
 * it came from and where glossary terms sit in it, so rules can skip or quote them.
 *
 * @param heading true for heading text (readability ignores it; spelling still checks it)
 */
record TextRun(String text, int line, List<Span> terms, boolean heading) {
    public TextRun {
        terms = List.copyOf(terms);
    }

    /** A half-open character range [start, end) of {@link #text()}. */
    public record Span(int start, int end) {
        public boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    /** Flattens inlines (recursing into emphasis) and records the spans of terms. */
    public static TextRun of(List<Inline> content, int line, boolean heading) {
        StringBuilder sb = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        append(content, sb, spans);
        return new TextRun(sb.toString(), line, spans, heading);
    }

    private static void append(List<Inline> inlines, StringBuilder sb, List<Span> spans) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Emphasis e) {
                append(e.content(), sb, spans);
            } else {
                int start = sb.length();
                sb.append(inline.plainText());
                if (inline instanceof Inline.Term) {
                    spans.add(new Span(start, sb.length()));
                }
            }
        }
    }

    public boolean insideTerm(int from, int to) {
        return terms.stream().anyMatch(s -> s.overlaps(from, to));
    }
}
