package org.careprint.print;

import java.util.List;

/**
 * A block ready for pagination. {@code keepTogether}: never split (list items, short paragraphs, table rows);
 * otherwise the unit may split between rows with at least {@link #MIN_SIDE} rows on each side of the break.
 * {@code keepWithNext}: the unit's end is never left alone at the foot of a page (headings, lead-ins, table
 * headers): the start of the next unit goes on the same page. {@code continuationHeader}: for table rows,
 * an Artifact copy of the header row, drawn first when the row starts a page the table continues on.
 */
record Unit(List<Row> rows, float spaceBefore, boolean keepTogether, boolean keepWithNext, Row continuationHeader) {
    /** Fewest rows of a splittable unit on either side of a page break (no orphans, no widows). */
    static final int MIN_SIDE = 2;

    Unit {
        rows = List.copyOf(rows);
        // A unit too short to leave MIN_SIDE rows on both sides of a break cannot split.
        keepTogether = keepTogether || rows.size() < 2 * MIN_SIDE;
    }

    Unit(List<Row> rows, float spaceBefore, boolean keepTogether, boolean keepWithNext) {
        this(rows, spaceBefore, keepTogether, keepWithNext, null);
    }

    float height() {
        return height(0, rows.size());
    }

    /** Height of rows [from, to). */
    float height(int from, int to) {
        float h = 0;
        for (int i = from; i < to; i++) {
            h += rows.get(i).height();
        }
        return h;
    }

    /** Height that must fit below a preceding keep-with-next unit: all of it, or its first two rows. */
    float leadHeight() {
        return keepTogether ? height() : height(0, MIN_SIDE);
    }
}
