package org.careprint.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places units on pages top to bottom and records the page where each glossary term is first used.
 * Rules: a keep-together unit moves whole to the next page; a splittable unit (a paragraph of four lines or
 * more) breaks with at least two lines on each side; a keep-with-next unit (heading, lead-in) shares its
 * page with the start of the next unit, and a splittable lead-in only carries its last two lines along.
 * A table row starting a page the table continues on gets the header row repeated (as an Artifact).
 */
final class Paginator {
    private final float top;
    private final float bottom;
    private final List<List<Mark>> pages = new ArrayList<>();
    private final Map<String, Integer> firstUse = new LinkedHashMap<>();
    private float y;
    private boolean atTop;

    /** @param top y of the first baseline band's top edge; @param bottom lowest y content may reach */
    Paginator(float top, float bottom) {
        this.top = top;
        this.bottom = bottom;
        newPage();
    }

    void newPage() {
        pages.add(new ArrayList<>());
        y = top;
        atTop = true;
    }

    /** True when at least {@code fraction} of the page's body area is still free below the last content. */
    boolean hasRoom(float fraction) {
        return atTop || y - bottom >= fraction * (top - bottom);
    }

    /** 1-based number of the page being filled. */
    int currentPage() {
        return pages.size();
    }

    /** Starts a new page unless the current one is still empty. */
    void freshPage() {
        if (!atTop) {
            newPage();
        }
    }

    void place(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (!unit.rows().isEmpty()) {
                place(unit, tailNeed(units, i));
            }
        }
    }

    /** Space the start of what follows a keep-with-next unit needs on the unit's last page. */
    private static float tailNeed(List<Unit> units, int i) {
        Unit unit = units.get(i);
        if (!unit.keepWithNext()) {
            return 0;
        }
        for (int j = i + 1; j < units.size(); j++) {
            Unit next = units.get(j);
            if (!next.rows().isEmpty()) {
                float need = next.spaceBefore() + next.leadHeight();
                // A chain (heading, short lead-in, list item) stays together as far as the chain goes.
                return next.keepTogether() ? need + tailNeed(units, j) : need;
            }
        }
        return 0;
    }

    private void place(Unit unit, float tail) {
        List<Row> rows = unit.rows();
        int n = rows.size();
        float gap = atTop ? 0 : unit.spaceBefore();
        if (unit.keepTogether()) {
            if (!atTop && y - gap - unit.height() - tail < bottom) {
                breakPage(unit);
                gap = 0;
            }
            y -= gap;
            placeRows(unit, 0, n);
            return;
        }
        int done = 0;
        while (done < n) {
            int remaining = n - done;
            int fit = rowsThatFit(rows, done, y - gap);
            int take;
            if (fit >= remaining && y - gap - unit.height(done, n) - tail >= bottom) {
                take = remaining;
            } else {
                // Leave at least two rows for the next page (with the tail) and put at least two here.
                take = Math.min(fit, remaining - Unit.MIN_SIDE);
                if (take < Unit.MIN_SIDE) {
                    take = 0;
                }
            }
            if (take == 0) {
                if (atTop) {
                    take = Math.max(1, Math.min(fit, remaining)); // taller than a page: no better choice
                } else {
                    breakPage(unit);
                    gap = 0;
                    continue;
                }
            }
            y -= gap;
            gap = 0;
            placeRows(unit, done, done + take);
            done += take;
            if (done < n) {
                breakPage(unit);
            }
        }
    }

    private int rowsThatFit(List<Row> rows, int from, float start) {
        float at = start;
        int count = 0;
        for (int i = from; i < rows.size(); i++) {
            at -= rows.get(i).height();
            if (at < bottom) {
                break;
            }
            count++;
        }
        return count;
    }

    private void placeRows(Unit unit, int from, int to) {
        for (int r = from; r < to; r++) {
            Row row = unit.rows().get(r);
            if (!atTop && y - row.height() < bottom) {
                breakPage(unit); // a keep-together unit taller than a page
            }
            put(row);
        }
    }

    private void breakPage(Unit unit) {
        newPage();
        if (unit.continuationHeader() != null) {
            put(unit.continuationHeader());
        }
    }

    private void put(Row row) {
        List<Mark> page = pages.get(pages.size() - 1);
        for (Mark mark : row.marks()) {
            Mark placed = mark.placed(y);
            page.add(placed);
            recordTerms(placed);
        }
        y -= row.height();
        atTop = false;
    }

    private void recordTerms(Mark mark) {
        if (mark instanceof Mark.Text text) {
            for (Span span : text.spans()) {
                if (span.termKey() != null) {
                    firstUse.putIfAbsent(span.termKey(), pages.size());
                }
            }
        }
    }

    List<List<Mark>> pages() {
        return pages;
    }

    /** 1-based page of each term's first use, by lower-case key. */
    Map<String, Integer> firstUse() {
        return firstUse;
    }
}
