package org.careprint.print;

import java.util.ArrayList;
import java.util.List;

/**
 * The running footer: review date and "Page N of M" at body size, in the same place on every page,
 * marked as an Artifact. Its band is sized for the longest page numbers so the body never moves.
 */
final class Footer {
    private final Style style;
    private final LineBreaker breaker;
    private final float left;
    private final float width;
    private final String lead;
    private final float band;

    Footer(Style style, LineBreaker breaker, float left, float width, String lead) {
        this.style = style;
        this.breaker = breaker;
        this.left = left;
        this.width = width;
        this.lead = lead;
        int lines = lines(text(888, 888)).size();
        // A full blank line between the body and the footer keeps the footer visibly apart.
        this.band = lines * style.leading() + style.leading();
    }

    float bandHeight() {
        return band;
    }

    String text(int page, int pages) {
        return lead + " \u00B7 Page " + page + " of " + pages;
    }

    private List<Line> lines(String text) {
        return breaker.lines(List.of(Span.plain(text)), style.bodySize(), width, style.maxLineChars());
    }

    /** Footer marks for one page; the last line sits on the bottom margin. */
    List<Mark> marks(int page, int pages) {
        List<Line> lines = lines(text(page, pages));
        List<Mark> marks = new ArrayList<>();
        float leading = style.leading();
        float lastBaseline = style.margin() + style.bodySize() * 0.25f;
        for (int i = 0; i < lines.size(); i++) {
            float y = lastBaseline + (lines.size() - 1 - i) * leading;
            marks.add(new Mark.Text(left, y, lines.get(i).spans(), style.bodySize(), style.textColor(), null));
        }
        return marks;
    }
}
