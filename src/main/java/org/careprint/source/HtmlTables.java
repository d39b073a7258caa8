package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** An HTML table as a model table: its caption, a header row ({@code th} or {@code thead}), cells with their lists. */
final class HtmlTables {
    private final HtmlInlines inlines;
    private final HtmlLists lists;

    HtmlTables(HtmlInlines inlines, HtmlLists lists) {
        this.inlines = inlines;
        this.lists = lists;
    }

    /** The table, or null when it has no row at all. */
    Block.Table table(Element table, int line) {
        Element cap = table.selectFirst("caption");
        String caption = cap == null ? "" : TextCleaner.collapse(cap.text());
        List<Block.Cell> header = new ArrayList<>();
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue; // rows of a nested table belong to that table
            }
            List<Block.Cell> cells = new ArrayList<>();
            boolean allTh = !tr.children().isEmpty();
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("th") || cell.normalName().equals("td")) {
                    cells.add(cell(cell));
                    allTh &= cell.normalName().equals("th");
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            boolean inHead = tr.parent() != null && tr.parent().normalName().equals("thead");
            if (header.isEmpty() && rows.isEmpty() && (allTh || inHead)) {
                header.addAll(cells);
            } else {
                rows.add(cells);
            }
        }
        if (header.isEmpty() && !rows.isEmpty()) {
            header.addAll(rows.remove(0));
        }
        return header.isEmpty() ? null : new Block.Table(caption, header, rows, line);
    }

    /** A cell's text, and its list as a list when it holds one. */
    private Block.Cell cell(Element cell) {
        List<Element> cellLists = cell.children().stream()
                .filter(c -> c.normalName().equals("ul") || c.normalName().equals("ol")).toList();
        if (cellLists.isEmpty()) {
            return CellLists.cell(inlines.inlines(cell));
        }
        InlineBuffer lead = new InlineBuffer();
        for (Node c : cell.childNodes()) {
            if (!(c instanceof Element ce && cellLists.contains(ce))) {
                inlines.inline(c, lead);
            }
        }
        List<List<Inline>> items = new ArrayList<>();
        for (Element l : cellLists) {
            for (Block.ListItem item : lists.items(l)) {
                items.add(item.content());
            }
        }
        return CellLists.cell(lead.build(), items);
    }
}
