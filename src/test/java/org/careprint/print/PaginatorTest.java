package org.careprint.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page-break rules on synthetic units: rows of height 10 on pages with room for a given number of rows. */
class PaginatorTest {
    private static final float ROW = 10f;

    /** A unit whose rows carry text "name:index", so each page's content can be listed. */
    static Unit unit(String name, int rows, float gap, boolean keepTogether, boolean keepWithNext) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            out.add(new Row(ROW, List.of(new Mark.Text(0, 8, List.of(Span.plain(name + ":" + i)), 18,
                    new Rgb(0, 0, 0), null))));
        }
        return new Unit(out, gap, keepTogether, keepWithNext);
    }

    /** A paginator with room for {@code rows} rows of height 10 per page. */
    static Paginator pages(int rows) {
        return new Paginator(rows * ROW, 0);
    }

    static List<List<String>> texts(Paginator p) {
        List<List<String>> pages = new ArrayList<>();
        for (List<Mark> page : p.pages()) {
            List<String> texts = new ArrayList<>();
            for (Mark m : page) {
                if (m instanceof Mark.Text t) {
                    texts.add(t.spans().get(0).text());
                }
            }
            pages.add(texts);
        }
        return pages;
    }

    @Test
    void leadInCarriesOnlyItsLastTwoLinesToTheList() {
        // 2 rows used, 8-line lead-in, then a 1-line list item; 8 rows per page.
        Paginator p = pages(8);
        p.place(List.of(unit("before", 2, 0, true, false), unit("lead", 8, 0, false, true),
                unit("item", 1, 0, true, false)));
        List<List<String>> pages = texts(p);
        assertEquals(List.of("before:0", "before:1", "lead:0", "lead:1", "lead:2", "lead:3", "lead:4", "lead:5"),
                pages.get(0), "the lead-in fills the page and splits before its last two lines");
        assertEquals(List.of("lead:6", "lead:7", "item:0"), pages.get(1));
    }

    @Test
    void paragraphSplitsWithAtLeastTwoLinesOnEachSide() {
        for (int free = 0; free <= 8; free++) {
            for (int lines = 4; lines <= 9; lines++) {
                Paginator p = pages(8);
                p.place(List.of(unit("used", 8 - free, 0, true, false), unit("para", lines, 0, false, false)));
                int[] perPage = new int[p.pages().size()];
                List<List<String>> pages = texts(p);
                for (int i = 0; i < pages.size(); i++) {
                    perPage[i] = (int) pages.get(i).stream().filter(t -> t.startsWith("para")).count();
                }
                for (int i = 0; i < perPage.length; i++) {
                    assertTrue(perPage[i] == 0 || perPage[i] >= 2,
                            "free " + free + ", lines " + lines + ": page " + (i + 1) + " has " + perPage[i] + " line");
                }
                if (free >= 2 && free < lines) {
                    assertTrue(perPage[0] >= 2, "free " + free + ", lines " + lines + ": no split although "
                            + free + " lines were free");
                    assertTrue(free - perPage[0] <= 1, "free " + free + ", lines " + lines + ": "
                            + (free - perPage[0]) + " lines left blank");
                }
            }
        }
    }

    @Test
    void shortParagraphsAndListItemsNeverSplit() {
        Paginator p = pages(8);
        p.place(List.of(unit("used", 6, 0, true, false), unit("short", 3, 0, false, false),
                unit("item", 4, 0, true, false)));
        List<List<String>> pages = texts(p);
        assertEquals(List.of("short:0", "short:1", "short:2", "item:0", "item:1", "item:2", "item:3"), pages.get(1));
    }

    @Test
    void headingStaysWithTheFirstTwoLinesOfWhatFollows() {
        Paginator p = pages(8);
        p.place(List.of(unit("used", 5, 0, true, false), unit("heading", 1, 0, true, true),
                unit("para", 6, 0, false, false)));
        List<List<String>> pages = texts(p);
        assertEquals(List.of("heading:0", "para:0", "para:1"), pages.get(0).subList(5, 8));

        Paginator q = pages(8);
        q.place(List.of(unit("used", 6, 0, true, false), unit("heading", 1, 0, true, true),
                unit("para", 6, 0, false, false)));
        assertEquals("heading:0", texts(q).get(1).get(0), "a heading with one free line below moves on");
    }

    @Test
    void headingShortLeadInAndFirstItemStayTogether() {
        Paginator p = pages(8);
        p.place(List.of(unit("used", 4, 0, true, false), unit("heading", 1, 0, true, true),
                unit("lead", 2, 0, false, true), unit("item", 2, 0, true, false)));
        assertEquals(List.of("heading:0", "lead:0", "lead:1", "item:0", "item:1"), texts(p).get(1));
    }

    @Test
    void tableRowsOnAContinuationPageGetTheHeaderAgain() {
        StructNode th = StructNode.document().add("Table").add("TR").add("TH");
        Unit header = new Unit(List.of(new Row(ROW, List.of(new Mark.Text(0, 8, List.of(Span.plain("head:0")), 18,
                new Rgb(0, 0, 0), th)))), 0, true, true);
        Row copy = TableLayout.artifactCopy(header.rows().get(0));
        List<Unit> units = new ArrayList<>(List.of(header));
        for (int i = 0; i < 12; i++) {
            Unit r = unit("row" + i, 1, 0, true, false);
            units.add(new Unit(r.rows(), 0, true, false, copy));
        }
        Paginator p = pages(5);
        p.place(units);
        List<List<String>> pages = texts(p);
        assertEquals(3, pages.size(), "13 rows of 12 + header, 5 per page, header on each");
        assertEquals("head:0", pages.get(0).get(0));
        for (int i = 1; i < pages.size(); i++) {
            assertEquals("head:0", pages.get(i).get(0), "page " + (i + 1) + " starts with the header");
        }
        // The copy is an Artifact: no structure element, so the tree holds the header once.
        assertEquals(th, ((Mark.Text) p.pages().get(0).get(0)).node());
        for (int i = 1; i < p.pages().size(); i++) {
            Mark.Text first = (Mark.Text) p.pages().get(i).get(0);
            assertEquals(null, first.node());
        }
    }
}
