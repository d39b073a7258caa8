package org.careprint.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places units on pages top to bottom, honouring keep-together and keep-with-next, and records the page
 * where each glossary term is first used.
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

    /** Starts a new page unless the current one is still empty. */
    void freshPage() {
        if (!atTop) {
            newPage();
        }
    }

    void place(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.rows().isEmpty()) {
                continue;
            }
            float gap = atTop ? 0 : unit.spaceBefore();
            // Splittable units need their first two lines here: never a single orphan line at the foot.
            float need = unit.leadHeight();
            if (unit.keepWithNext() && i + 1 < units.size()) {
                Unit next = units.get(i + 1);
                need = unit.height() + next.spaceBefore() + next.leadHeight();
            }
            if (!atTop && y - gap - need < bottom) {
                newPage();
                gap = 0;
            }
            y -= gap;
            for (Row row : unit.rows()) {
                if (!atTop && y - row.height() < bottom) {
                    newPage();
                }
                List<Mark> page = pages.get(pages.size() - 1);
                for (Mark mark : row.marks()) {
                    Mark placed = mark.placed(y);
                    page.add(placed);
                    recordTerms(placed);
                }
                y -= row.height();
                atTop = false;
            }
        }
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
