package org.careprint.epub;

import java.util.List;
import java.util.TreeSet;
import org.careprint.model.Markup;

/**
 * Writes one segment's inline XHTML: its runs ({@code <strong>}, term links) with each spoken phrase wrapped in
 * {@code <span id>} (what the media overlay points at) and an empty page-break marker where a printed page begins.
 * A link or bold run cut by a phrase boundary is closed and opened again, so elements always nest.
 */
final class SegmentWriter {
    private final Segment segment;
    private final StringBuilder out = new StringBuilder();
    private Segment.Cut openCut;
    private Run openRun;
    private final java.util.Set<String> idsWritten = new java.util.HashSet<>();

    private SegmentWriter(Segment segment) {
        this.segment = segment;
    }

    static String write(Segment segment) {
        return new SegmentWriter(segment).write();
    }

    private String write() {
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        bounds.add(segment.text.length());
        int at = 0;
        for (Run r : segment.runs) {
            bounds.add(at);
            at += r.text().length();
        }
        for (Segment.Cut c : segment.cuts) {
            bounds.add(c.from());
            bounds.add(c.to());
        }
        segment.pageMarks.forEach(m -> bounds.add(m[0]));
        List<Integer> points = List.copyOf(bounds);
        for (int i = 0; i < points.size(); i++) {
            int from = points.get(i);
            for (int[] mark : segment.pageMarks) {
                if (mark[0] == from) {
                    closeRun(); // inside the phrase's span (if any), outside links and bold
                    out.append("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"page").append(mark[1])
                            .append("\" title=\"").append(mark[1]).append("\"></span>");
                }
            }
            if (i + 1 == points.size()) {
                break;
            }
            int to = points.get(i + 1);
            Segment.Cut cut = cutAt(from);
            if (cut != openCut) {
                closeRun();
                closeCut();
                if (cut != null) {
                    out.append("<span class=\"phrase\" id=\"").append(cut.id()).append("\">");
                    openCut = cut;
                }
            }
            Run run = runAt(from);
            if (run != openRun) {
                closeRun();
                openRun(run);
            }
            out.append(Markup.xml(segment.text.substring(from, to)));
        }
        closeRun();
        closeCut();
        return out.toString();
    }

    private Segment.Cut cutAt(int offset) {
        for (Segment.Cut c : segment.cuts) {
            if (offset >= c.from() && offset < c.to()) {
                return c;
            }
        }
        return null;
    }

    private Run runAt(int offset) {
        int at = 0;
        for (Run r : segment.runs) {
            if (offset >= at && offset < at + r.text().length()) {
                return r;
            }
            at += r.text().length();
        }
        return null;
    }

    private void openRun(Run run) {
        openRun = run;
        if (run == null) {
            return;
        }
        if (run.href() != null) {
            out.append("<a class=\"term\" epub:type=\"glossref\" href=\"").append(run.href()).append('"');
            if (idsWritten.add(run.id())) { // a link cut in two keeps its id on the first part only
                out.append(" id=\"").append(run.id()).append('"');
            }
            out.append('>');
        }
        if (run.strong()) {
            out.append("<strong>");
        }
    }

    private void closeRun() {
        if (openRun != null) {
            if (openRun.strong()) {
                out.append("</strong>");
            }
            if (openRun.href() != null) {
                out.append("</a>");
            }
        }
        openRun = null;
    }

    private void closeCut() {
        if (openCut != null) {
            out.append("</span>");
            openCut = null;
        }
    }
}
