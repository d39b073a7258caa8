package org.careprint.print;

import java.util.ArrayList;
import java.util.List;

/**
 * The running footer: review date and "Page N of M" at body size, in the same place on every page,
 * marked as an Artifact. It never wraps: the wording is chosen once per document for the widest page
 * numbers ("Page 999 of 999"), in this order —
 * <ol>
 *   <li>one line, long date: "Reviewed September 12, 2024 · Page 9 of 12";</li>
 *   <li>one line, short date: "Reviewed 12 Sep 2024 · Page 9 of 12" (giant print on A4 or letter);</li>
 *   <li>a designed two-line footer: "Reviewed September 12, 2024" above "Page 9 of 12" (very large custom
 *       styles).</li>
 * </ol>
 * Each piece (the date phrase, "Page N of M") is always drawn whole on one line. Its band is sized once,
 * so the body never moves.
 */
final class Footer {
    /** Page numbers the wording must fit: a 999-page handout still gets an unwrapped footer. */
    static final int WIDEST_PAGES = 999;

    private final Style style;
    private final Fonts fonts;
    private final float left;
    private final float width;
    private final String lead;
    private final boolean twoLines;
    private final float band;

    /**
     * @param lead      the long wording, "Reviewed August 31, 2015" or "Review date not known"
     * @param shortLead the same with a short month ("Reviewed 31 Aug 2015"), used when the long one is too wide
     */
    Footer(Style style, Fonts fonts, float left, float width, String lead, String shortLead) {
        this(style, fonts, left, width, lead, shortLead, WIDEST_PAGES);
    }

    /**
     * @param widest the largest page number the wording must fit on one line (a booklet may pass 999);
     *               an empty lead gives "Page N of M" alone
     */
    Footer(Style style, Fonts fonts, float left, float width, String lead, String shortLead, int widest) {
        this.style = style;
        this.fonts = fonts;
        this.left = left;
        this.width = width;
        if (fits(oneLine(lead, widest, widest))) {
            this.lead = lead;
            this.twoLines = false;
        } else if (fits(oneLine(shortLead, widest, widest))) {
            this.lead = shortLead;
            this.twoLines = false;
        } else {
            this.lead = fits(lead) ? lead : shortLead;
            this.twoLines = true;
        }
        // Half a blank line between the body and the footer keeps the footer apart (it never shares a line).
        this.band = (twoLines ? 2 : 1) * style.leading() + style.leading() * 0.5f;
    }

    float bandHeight() {
        return band;
    }

    boolean twoLines() {
        return twoLines;
    }

    static String oneLine(String lead, int page, int pages) {
        if (lead.isEmpty()) {
            return pageOf(page, pages);
        }
        return lead + " \u00B7 " + pageOf(page, pages);
    }

    static String pageOf(int page, int pages) {
        return "Page " + page + " of " + pages;
    }

    /** The footer's lines for one page (one, or two: date, then "Page N of M"). */
    List<String> lines(int page, int pages) {
        String single = oneLine(lead, page, pages);
        if (!twoLines && fits(single)) {
            return List.of(single);
        }
        return List.of(lead, pageOf(page, pages));
    }

    private boolean fits(String text) {
        return fonts.width(text, false, style.bodySize()) <= width
                && text.codePointCount(0, text.length()) <= style.maxLineChars();
    }

    /** Footer marks for one page; the last line sits on the bottom margin. */
    List<Mark> marks(int page, int pages) {
        List<String> lines = lines(page, pages);
        List<Mark> marks = new ArrayList<>();
        float leading = style.leading();
        float lastBaseline = style.margin() + style.bodySize() * 0.25f;
        for (int i = 0; i < lines.size(); i++) {
            float y = lastBaseline + (lines.size() - 1 - i) * leading;
            marks.add(new Mark.Text(left, y, List.of(Span.plain(lines.get(i))), style.bodySize(), style.textColor(),
                    null));
        }
        return marks;
    }
}
