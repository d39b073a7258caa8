package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Inline;

/** Builds nested list items from flat (indent, content) entries: deeper indent = child of the item above. */
final class ListBuilder {
    private record Entry(int indent, List<Inline> content, int line) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(int indent, List<Inline> content, int line) {
        entries.add(new Entry(indent, content, line));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<Block.ListItem> build() {
        return build(0, entries.size());
    }

    private List<Block.ListItem> build(int from, int to) {
        List<Block.ListItem> items = new ArrayList<>();
        int i = from;
        while (i < to) {
            Entry e = entries.get(i);
            int j = i + 1;
            while (j < to && entries.get(j).indent() > e.indent()) {
                j++;
            }
            items.add(new Block.ListItem(e.content(), build(i + 1, j), e.line()));
            i = j;
        }
        return items;
    }
}
