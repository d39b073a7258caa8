package org.careprint.print;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;

/**
 * Lists as L / LI / Lbl / LBody. The label ("•" or "1.") hangs in its own column; each item is one
 * keep-together unit so it never splits across pages; nested lists indent by one label column.
 */
final class ListLayout {
    private final ContentBuilder content;
    private final List<Unit> units;

    ListLayout(ContentBuilder content, List<Unit> units) {
        this.content = content;
        this.units = units;
    }

    void list(Block.BulletList list, StructNode parent, float x) {
        items(list.items(), list.ordered(), parent, x, true);
    }

    private void items(List<Block.ListItem> items, boolean ordered, StructNode parent, float x, boolean topLevel) {
        Style style = content.style();
        float size = style.bodySize();
        StructNode l = parent.add("L");
        String widest = ordered ? items.size() + "." : "\u2022";
        float labelColumn = Math.max(size * 1.5f, content.fonts().width(widest, false, size) + size * 0.6f);
        for (int i = 0; i < items.size(); i++) {
            Block.ListItem item = items.get(i);
            StructNode li = l.add("LI");
            StructNode lbl = li.add("Lbl");
            StructNode body = li.add("LBody");
            StructNode textNode = item.children().isEmpty() ? body : body.add("P");
            String label = ordered ? (i + 1) + "." : "\u2022";
            List<Span> spans = Links.linkify(content.spans(item.content(), false), textNode);
            List<Row> rows = new ArrayList<>(content.textRows(spans, textNode, x + labelColumn, size,
                    style.textColor()));
            float band = size * style.lineSpacing();
            Mark.Text labelMark = new Mark.Text(x, ContentBuilder.baseline(band, size), List.of(Span.plain(label)), size,
                    style.textColor(), lbl);
            if (rows.isEmpty()) {
                rows.add(new Row(band, List.of(labelMark)));
            } else {
                List<Mark> first = new ArrayList<>();
                first.add(labelMark);
                first.addAll(rows.get(0).marks());
                rows.set(0, new Row(rows.get(0).height(), first));
            }
            float space = i == 0 && topLevel ? style.paragraphGapPoints() : style.leading() * 0.4f;
            units.add(new Unit(rows, space, true, false));
            if (!item.children().isEmpty()) {
                items(item.children(), ordered, body, x + labelColumn, false);
            }
        }
    }
}
