package org.careprint.print;

import java.util.List;

/**
 * A block ready for pagination. {@code keepTogether}: never split (list items, short paragraphs, table rows);
 * {@code keepWithNext}: never left alone at the foot of a page (headings, lead-ins, table headers).
 */
record Unit(List<Row> rows, float spaceBefore, boolean keepTogether, boolean keepWithNext) {
    Unit {
        rows = List.copyOf(rows);
    }

    float height() {
        float h = 0;
        for (Row row : rows) {
            h += row.height();
        }
        return h;
    }

    /** Height that must fit below a preceding keep-with-next unit: all of it, or its first two rows. */
    float leadHeight() {
        if (keepTogether) {
            return height();
        }
        float h = 0;
        for (int i = 0; i < Math.min(2, rows.size()); i++) {
            h += rows.get(i).height();
        }
        return h;
    }
}
