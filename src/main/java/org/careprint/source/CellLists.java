package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Inline;

/**
 * Lists inside table cells. A cell that holds a list keeps it as {@link Block.Cell#items()}; its running text
 * joins the items with "; " so that a renderer drawing cells as text does not run them together
 * ("- Fatigue - Hair loss" becomes "Fatigue; Hair loss").
 */
final class CellLists {
    /** A cell written as a list: "- Fatigue - Hair loss", "• Fatigue • Hair loss". */
    private static final Pattern MARKED = Pattern.compile("^\\s*[-•*▪·]\\s+\\S.*\\s[-•*▪·]\\s+\\S.*");
    private static final Pattern SEPARATOR = Pattern.compile("(?:^|\\s+)[-•*▪·]\\s+");

    private CellLists() {
    }

    /** A cell from inline content, split into items when its text is written as a marked list. */
    static Block.Cell cell(List<Inline> content) {
        String plain = org.careprint.model.Inlines.plainText(content);
        if (!MARKED.matcher(plain).matches()) {
            return new Block.Cell(content);
        }
        List<List<Inline>> items = split(content);
        if (items.size() < 2) {
            return new Block.Cell(content);
        }
        return cell(List.of(), items);
    }

    /** A cell with optional text before its list and the list's items. */
    static Block.Cell cell(List<Inline> lead, List<List<Inline>> items) {
        if (items.isEmpty()) {
            return new Block.Cell(lead);
        }
        List<Inline> text = new ArrayList<>(lead);
        List<Block.ListItem> listItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!text.isEmpty()) {
                text.add(new Inline.Text(i == 0 ? " " : "; "));
            }
            text.addAll(items.get(i));
            listItems.add(new Block.ListItem(items.get(i), 0));
        }
        InlineBuffer merged = new InlineBuffer();
        text.forEach(merged::add);
        return new Block.Cell(merged.build(), listItems);
    }

    /** Splits at the list markers inside Text inlines; terms and emphasis stay whole in their item. */
    private static List<List<Inline>> split(List<Inline> content) {
        List<List<Inline>> items = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        for (Inline inline : content) {
            if (!(inline instanceof Inline.Text t)) {
                current.add(inline);
                continue;
            }
            Matcher m = SEPARATOR.matcher(t.text());
            int from = 0;
            while (m.find()) {
                String before = t.text().substring(from, m.start());
                if (!before.isBlank()) {
                    current.add(new Inline.Text(before));
                }
                if (!current.isEmpty()) {
                    items.add(trim(current));
                }
                current = new ArrayList<>();
                from = m.end();
            }
            String rest = t.text().substring(from);
            if (!rest.isEmpty()) {
                current.add(new Inline.Text(rest));
            }
        }
        if (!current.isEmpty()) {
            items.add(trim(current));
        }
        items.removeIf(List::isEmpty);
        return items;
    }

    private static List<Inline> trim(List<Inline> item) {
        InlineBuffer b = new InlineBuffer();
        item.forEach(b::add);
        return b.build();
    }
}
