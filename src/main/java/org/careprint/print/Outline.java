package org.careprint.print;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bookmarks for long handouts: one outline entry per heading (the title, every section, "Words to know"),
 * nested by heading level, pointing at the heading's line. Built page by page while the PDF is written,
 * because OpenPDF binds a destination to the page being written.
 */
final class Outline {
    /** Handouts longer than this many pages get bookmarks. */
    static final int MIN_PAGES = 3;

    private final PdfWriter writer;
    private final Deque<Map.Entry<Integer, PdfOutline>> open = new ArrayDeque<>();
    private final Map<StructNode, Boolean> done = new IdentityHashMap<>();
    /** Headings above this level are entered at this level (a booklet: its title and its chapters side by side). */
    private final int topLevel;

    Outline(PdfWriter writer) {
        this(writer, 1);
    }

    Outline(PdfWriter writer, int topLevel) {
        this.writer = writer;
        this.topLevel = topLevel;
        writer.getExtraCatalog().put(PdfName.PAGEMODE, PdfName.USEOUTLINES);
    }

    /** Adds an entry for each heading that starts on the page just drawn. */
    void headings(List<Mark> page) {
        for (int i = 0; i < page.size(); i++) {
            if (!(page.get(i) instanceof Mark.Text first) || first.node() == null
                    || !first.node().type().matches("H[1-6]") || done.containsKey(first.node())) {
                continue;
            }
            StructNode node = first.node();
            done.put(node, true);
            StringBuilder title = new StringBuilder();
            for (Mark mark : page) {
                if (mark instanceof Mark.Text t && t.node() == node) {
                    t.spans().forEach(s -> title.append(s.text()));
                    title.append(' ');
                }
            }
            int level = Math.max(topLevel, node.type().charAt(1) - '0');
            while (!open.isEmpty() && open.peek().getKey() >= level) {
                open.pop();
            }
            PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.peek().getValue();
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, first.x(), first.y() + first.size(), 0);
            PdfOutline entry = new PdfOutline(parent, destination, title.toString().replaceAll("\\s+", " ").strip(),
                    true);
            open.push(Map.entry(level, entry));
        }
    }

    /** Forgets the headings already entered (a booklet section is done: they cannot appear again). */
    void sectionDone() {
        done.clear();
    }
}
