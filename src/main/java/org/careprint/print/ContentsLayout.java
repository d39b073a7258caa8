package org.careprint.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of contents: TOC → TOCI → Link, one entry per chapter. The title wraps in its own column; on its
 * last line dot leaders (an Artifact, never read out) lead to the page number, right-aligned in a column
 * wide enough for four digits. Title and number are the Link's text, each piece with a link annotation to
 * the page; an entry never splits across pages.
 */
final class ContentsLayout {
    private static final String LEADER = ". ";

    private ContentsLayout() {
    }

    static void build(ContentBuilder content, StructNode parent, List<BookPrinter.TocEntry> entries) {
        Style style = content.style();
        Fonts fonts = content.fonts();
        float size = style.bodySize();
        float band = size * style.lineSpacing();
        float space = fonts.width(" ", false, size);
        float numberColumn = fonts.width("0000", false, size);
        float titleWidth = content.width() - numberColumn - 3 * space - fonts.width(LEADER, false, size);
        int titleChars = Math.max(20, style.maxLineChars() - 8);
        StructNode toc = parent.add("TOC");
        for (BookPrinter.TocEntry entry : entries) {
            String title = entry.title().isBlank() ? "Untitled handout" : entry.title().strip();
            String number = String.valueOf(entry.page());
            StructNode link = toc.add("TOCI").add("Link").withTargetPage(entry.page())
                    .withAlt("Go to " + title + ", page " + number);
            List<Line> lines = content.breaker().lines(List.of(Span.plain(title)), size, titleWidth, titleChars);
            List<Row> rows = new ArrayList<>();
            float baseline = ContentBuilder.baseline(band, size);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                List<Mark> marks = new ArrayList<>();
                boolean last = i == lines.size() - 1;
                // The space ending the title's last line separates it from the number for text extraction.
                List<Span> spans = last ? withTrailingSpace(line.spans()) : line.spans();
                marks.add(new Mark.Text(content.left(), baseline, spans, size, style.textColor(), link));
                if (last) {
                    float numberX = content.left() + content.width() - fonts.width(number, false, size);
                    float from = content.left() + line.width() + 2 * space;
                    int dots = (int) ((numberX - space - from) / fonts.width(LEADER, false, size));
                    if (dots > 0) {
                        marks.add(new Mark.Text(from, baseline, List.of(Span.plain(LEADER.repeat(dots))), size,
                                style.textColor(), null));
                    }
                    marks.add(new Mark.Text(numberX, baseline, List.of(Span.plain(number)), size, style.textColor(),
                            link));
                }
                rows.add(new Row(band, marks));
            }
            content.add(new Unit(rows, style.leading() * 0.25f, true, false));
        }
    }

    private static List<Span> withTrailingSpace(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        Span last = out.get(out.size() - 1);
        if (!last.text().endsWith(" ")) {
            out.set(out.size() - 1, last.withText(last.text() + " "));
        }
        return out;
    }
}
