package org.careprint.print;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;

/**
 * Tables as Table / TR / TH (Scope Column) / TD when every column can hold its longest word at body size;
 * otherwise each row becomes a list item of "header: value" lines, which is how large print handles
 * wide tables. Rows never split across pages and the header row stays with the first body row.
 */
final class TableLayout {
    private final ContentBuilder content;
    private final List<Unit> units;

    TableLayout(ContentBuilder content, List<Unit> units) {
        this.content = content;
        this.units = units;
    }

    void table(Block.Table table, StructNode parent) {
        int columns = table.header().size();
        for (List<Block.Cell> row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        if (columns == 0) {
            return;
        }
        List<List<Span>> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<Span> spans = c < table.header().size() ? content.spans(table.header().get(c).content(), true)
                    : List.of();
            header.add(ContentBuilder.blank(spans) ? List.of(Span.strong("Column " + (c + 1))) : spans);
        }
        List<List<List<Span>>> body = new ArrayList<>();
        List<List<List<List<Span>>>> bodyItems = new ArrayList<>();
        for (List<Block.Cell> row : table.rows()) {
            List<List<Span>> cells = new ArrayList<>();
            List<List<List<Span>>> items = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(c < row.size() ? content.spans(row.get(c).content(), false) : List.of());
                items.add(c < row.size() ? listItems(row.get(c)) : List.of());
            }
            body.add(cells);
            bodyItems.add(items);
        }
        float[] widths = columnWidths(header, body, bodyItems, columns);
        StructNode container = parent.add(widths == null ? "L" : "Table");
        if (!table.caption().isBlank()) {
            // Caption is the table's (or list's) first child; units is the builder's own list, so the caption
            // lands before the rows and stays with the first of them.
            content.paragraph(List.of(Span.strong(table.caption().strip())), container.add("Caption"), true);
        }
        if (widths == null) {
            linear(header, body, container);
        } else {
            grid(header, body, bodyItems, widths, container);
        }
    }

    private float bulletIndent() {
        float size = content.style().bodySize();
        return content.fonts().width("\u2022", false, size) + size * 0.5f;
    }

    private float padding() {
        return content.style().bodySize() * 0.4f;
    }

    /** Column widths for a grid, or null when the table is too wide for large print. */
    private float[] columnWidths(List<List<Span>> header, List<List<List<Span>>> body,
            List<List<List<List<Span>>>> items, int columns) {
        float size = content.style().bodySize();
        float[] min = new float[columns];
        float[] natural = new float[columns];
        List<List<List<Span>>> all = new ArrayList<>();
        all.add(header);
        all.addAll(body);
        for (int r = 0; r < all.size(); r++) {
            List<List<Span>> row = all.get(r);
            for (int c = 0; c < columns; c++) {
                // a list cell's words sit after its bullet
                float indent = r > 0 && !items.get(r - 1).get(c).isEmpty() ? bulletIndent() : 0;
                float full = 0;
                for (Span span : row.get(c)) {
                    full += content.fonts().width(span.text(), span.bold(), size);
                    for (String word : span.text().split("\\s+")) {
                        min[c] = Math.max(min[c], content.fonts().width(word, span.bold(), size) + 2 * padding()
                                + indent);
                    }
                }
                natural[c] = Math.max(natural[c], full + 2 * padding() + indent);
            }
        }
        float available = content.width();
        float sumMin = 0;
        float sumNatural = 0;
        for (int c = 0; c < columns; c++) {
            // A column narrower than about 12 characters turns cells into towers of one-word lines.
            min[c] = Math.max(min[c], Math.min(natural[c], size * 6));
            natural[c] = Math.max(natural[c], min[c]);
            sumMin += min[c];
            sumNatural += natural[c];
        }
        if (sumMin > available) {
            return null;
        }
        if (sumNatural <= available) {
            return natural;
        }
        float extra = available - sumMin;
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = min[c] + extra * (natural[c] - min[c]) / (sumNatural - sumMin);
        }
        return widths;
    }

    /**
     * A cell that is only a list ("- Fatigue - Hair loss"), as its items' spans, to be drawn as bullets; empty for
     * any other cell, including one with text before its list (drawn as running text, items joined by "; ").
     */
    private List<List<Span>> listItems(Block.Cell cell) {
        if (!cell.onlyList()) {
            return List.of();
        }
        return cell.items().stream().map(i -> content.spans(i.content(), false)).toList();
    }

    private void grid(List<List<Span>> header, List<List<List<Span>>> body, List<List<List<List<Span>>>> items,
            float[] widths, StructNode tableNode) {
        Row headerRow = gridRow(header, List.of(), widths, tableNode, true, true);
        units.add(new Unit(List.of(headerRow), content.style().paragraphGapPoints(), true, true));
        Row repeated = artifactCopy(headerRow);
        for (int r = 0; r < body.size(); r++) {
            units.add(new Unit(List.of(gridRow(body.get(r), items.get(r), widths, tableNode, false, false)), 0, true,
                    false, repeated));
        }
    }

    /**
     * The header row as drawn again on each page a table continues on: same look, but an Artifact, so the
     * structure tree holds the header once and a screen reader does not read it twice.
     */
    static Row artifactCopy(Row row) {
        List<Mark> marks = new ArrayList<>();
        for (Mark mark : row.marks()) {
            if (mark instanceof Mark.Text t) {
                List<Span> spans = t.spans().stream().map(s -> new Span(s.text(), s.bold(), null, s.boxed(), null))
                        .toList();
                marks.add(new Mark.Text(t.x(), t.y(), spans, t.size(), t.color(), null));
            } else {
                marks.add(mark);
            }
        }
        return new Row(row.height(), marks);
    }

    private Row gridRow(List<List<Span>> cells, List<List<List<Span>>> items, float[] widths, StructNode table,
            boolean isHeader, boolean first) {
        Style style = content.style();
        float size = style.bodySize();
        float band = size * style.lineSpacing();
        float pad = padding();
        StructNode tr = table.add("TR");
        List<Mark> marks = new ArrayList<>();
        int lines = 1;
        float x = content.left();
        float ruleEnd = content.left();
        for (float w : widths) {
            ruleEnd += w;
        }
        for (int c = 0; c < cells.size(); c++) {
            StructNode cell = isHeader ? tr.add("TH").withScope("Column") : tr.add("TD");
            int used;
            if (c < items.size() && !items.get(c).isEmpty()) {
                used = bullets(items.get(c), x + pad, widths[c] - 2 * pad, cell.add("L"), marks);
            } else {
                List<Line> cellLines = content.breaker().lines(cells.get(c), size, widths[c] - 2 * pad,
                        style.maxLineChars());
                for (int i = 0; i < cellLines.size(); i++) {
                    marks.add(new Mark.Text(x + pad, pad + i * band + ContentBuilder.baseline(band, size),
                            cellLines.get(i).spans(), size, style.textColor(), cell));
                }
                used = cellLines.size();
            }
            lines = Math.max(lines, used);
            x += widths[c];
        }
        float height = lines * band + 2 * pad;
        float rule = (isHeader ? 2f : 1f) * style.ruleWidth();
        if (first) {
            marks.add(new Mark.Rule(content.left(), ruleEnd, 0, style.ruleWidth(), style.ruleColor()));
        }
        marks.add(new Mark.Rule(content.left(), ruleEnd, height, rule, style.ruleColor()));
        return new Row(height, marks);
    }

    /**
     * A list cell: each item on its own lines after a bullet (L / LI / Lbl / LBody inside the TD); its lines hang
     * under the item's first word. Returns the lines used.
     */
    private int bullets(List<List<Span>> items, float x, float width, StructNode list, List<Mark> marks) {
        Style style = content.style();
        float size = style.bodySize();
        float band = size * style.lineSpacing();
        float indent = bulletIndent();
        int line = 0;
        for (List<Span> item : items) {
            StructNode li = list.add("LI");
            float y = padding();
            marks.add(new Mark.Text(x, y + line * band + ContentBuilder.baseline(band, size),
                    List.of(Span.plain("\u2022")), size, style.textColor(), li.add("Lbl")));
            StructNode body = li.add("LBody");
            List<Line> itemLines = content.breaker().lines(item, size, width - indent, style.maxLineChars());
            for (Line l : itemLines) {
                marks.add(new Mark.Text(x + indent, y + line * band + ContentBuilder.baseline(band, size), l.spans(),
                        size, style.textColor(), body));
                line++;
            }
            line += itemLines.isEmpty() ? 1 : 0;
        }
        return line;
    }

    /** Wide tables: one list item per row, one "header: value" line per cell. */
    private void linear(List<List<Span>> header, List<List<List<Span>>> body, StructNode l) {
        Style style = content.style();
        float size = style.bodySize();
        float band = size * style.lineSpacing();
        float labelColumn = Math.max(size * 1.5f, content.fonts().width("\u2022", false, size) + size * 0.6f);
        for (int r = 0; r < body.size(); r++) {
            StructNode li = l.add("LI");
            StructNode lbl = li.add("Lbl");
            StructNode lbody = li.add("LBody");
            List<Row> rows = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (ContentBuilder.blank(body.get(r).get(c))) {
                    continue;
                }
                List<Span> spans = new ArrayList<>();
                for (Span h : header.get(c)) {
                    spans.add(h.bolded());
                }
                spans.add(Span.strong(":"));
                spans.add(Span.plain(" "));
                spans.addAll(body.get(r).get(c));
                rows.addAll(content.textRows(spans, lbody, content.left() + labelColumn, size, style.textColor()));
            }
            Mark.Text label = new Mark.Text(content.left(), ContentBuilder.baseline(band, size),
                    List.of(Span.plain("\u2022")), size, style.textColor(), lbl);
            if (rows.isEmpty()) {
                rows.add(new Row(band, List.of(label)));
            } else {
                List<Mark> firstMarks = new ArrayList<>();
                firstMarks.add(label);
                firstMarks.addAll(rows.get(0).marks());
                rows.set(0, new Row(rows.get(0).height(), firstMarks));
            }
            float space = r == 0 ? style.paragraphGapPoints() : style.leading() * 0.5f;
            units.add(new Unit(rows, space, true, false));
        }
    }
}
