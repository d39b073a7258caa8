package org.careprint.epub;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.Markup;
import org.careprint.model.ReviewInfo;
import org.careprint.review.ReviewWording;

/**
 * The handout as one XHTML content document, from the same model as print: title block with the review dates,
 * headings, lists, tables, pictures by their description, "Words to know" as a glossary, and a closing line. Text is
 * collected as {@link Segment}s, so the spoken phrases and printed page starts can be marked in it before it is
 * written out ({@link #xhtml()}).
 */
final class ContentDocument implements Block.Visitor<Void> {
    static final String FILE = "content.xhtml";
    static final String GLOSSARY_ID = "words-to-know";

    /** A heading for the navigation document. */
    record NavHeading(int level, String id, String text) {
    }

    private final StringBuilder out = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();
    private final List<NavHeading> headings = new ArrayList<>();
    private final TermLinks terms;
    private final String title;
    private final String language;
    private int ids;
    private int level = 1;

    private ContentDocument(Handout handout) {
        this.terms = new TermLinks(handout);
        this.title = handout.metadata().title().isBlank() ? "Untitled handout" : handout.metadata().title().strip();
        this.language = handout.metadata().language();
    }

    static ContentDocument of(Handout handout, ReviewInfo review, String organization, boolean showOverdue) {
        ContentDocument d = new ContentDocument(handout);
        d.titleBlock(review, organization, showOverdue);
        for (Block b : handout.blocks()) {
            b.accept(d);
        }
        d.glossary();
        String end = "End of " + (d.title.endsWith(".") ? d.title : d.title + ".");
        String updated = ReviewWording.updatedSentence(review);
        d.out.append("<p class=\"closing\" id=\"end\">").append(d.segment("end", List.of(Run.plain(end
                + (updated == null ? "" : " " + updated))), null, null)).append("</p>\n");
        return d;
    }

    String title() {
        return title;
    }

    String language() {
        return language;
    }

    List<Segment> segments() {
        return segments;
    }

    List<NavHeading> headings() {
        return headings;
    }

    TermLinks terms() {
        return terms;
    }

    private void titleBlock(ReviewInfo review, String organization, boolean showOverdue) {
        out.append("<header class=\"title-block\">\n");
        heading(1, List.of(Run.plain(title)), "title");
        if (organization != null && !organization.isBlank()) {
            out.append("<p class=\"organization\">").append(Markup.xml(organization.strip())).append("</p>\n");
        }
        List<String> lines = new ArrayList<>();
        lines.add(ReviewWording.reviewedSentence(review));
        if (review != null && review.reviewer() != null && !review.reviewer().isBlank()) {
            lines.add("Reviewed by " + review.reviewer().strip() + ".");
        }
        if (ReviewWording.updatedSentence(review) != null) {
            lines.add(ReviewWording.updatedSentence(review));
        }
        if (ReviewWording.nextReviewSentence(review, showOverdue) != null) {
            lines.add(ReviewWording.nextReviewSentence(review, showOverdue));
        }
        for (String line : lines) {
            String id = id("r");
            out.append("<p class=\"review\" id=\"").append(id).append("\">")
                    .append(segment(id, List.of(Run.plain(line)), null, null)).append("</p>\n");
        }
        out.append("</header>\n");
    }

    private void heading(int wanted, List<Run> runs, String id) {
        int h = Math.max(1, Math.min(Math.min(wanted, 6), level + 1)); // never skip a level
        level = h;
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        headings.add(new NavHeading(h, id, text.toString().strip()));
        out.append("<h").append(h).append(" id=\"").append(id).append("\">").append(segment(id, runs, null, null))
                .append("</h").append(h).append(">\n");
    }

    @Override
    public Void heading(Block.Heading h) {
        if (!Inlines.plainText(h.content()).isBlank()) {
            heading(h.level(), runs(h.content()), id("h"));
        }
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        if (!Inlines.plainText(p.content()).isBlank()) {
            String id = id("p");
            out.append("<p id=\"").append(id).append("\">").append(segment(id, runs(p.content()), null, null))
                    .append("</p>\n");
        }
        return null;
    }

    @Override
    public Void list(Block.BulletList l) {
        items(l.items(), l.ordered());
        return null;
    }

    private void items(List<Block.ListItem> items, boolean ordered) {
        if (items.isEmpty()) {
            return;
        }
        String list = id("l");
        String tag = ordered ? "ol" : "ul";
        out.append('<').append(tag).append(" id=\"").append(list).append("\">\n");
        for (Block.ListItem item : items) {
            String id = id("i");
            out.append("<li id=\"").append(id).append("\">").append(segment(id, runs(item.content()), list, null));
            if (!item.children().isEmpty()) {
                out.append('\n');
                items(item.children(), ordered);
            }
            out.append("</li>\n");
        }
        out.append("</").append(tag).append(">\n");
    }

    @Override
    public Void table(Block.Table t) {
        String table = id("t");
        out.append("<table id=\"").append(table).append("\">\n");
        if (!t.caption().isBlank()) {
            String id = id("c");
            out.append("<caption id=\"").append(id).append("\">")
                    .append(segment(id, List.of(Run.plain(t.caption().strip())), table, null)).append("</caption>\n");
        }
        int columns = t.header().size();
        for (List<Block.Cell> row : t.rows()) {
            columns = Math.max(columns, row.size());
        }
        List<String> headerWords = new ArrayList<>();
        if (!t.header().isEmpty()) {
            out.append("<thead>\n<tr>");
            for (int i = 0; i < columns; i++) {
                List<Inline> content = i < t.header().size() ? t.header().get(i).content() : List.of();
                headerWords.addAll(Segment.words(Inlines.plainText(content)));
                // "" = matched by nothing: a header is said only with each row's cells
                out.append("<th scope=\"col\">").append(segment(table + "-h" + i, runs(content), table, ""))
                        .append("</th>");
            }
            out.append("</tr>\n</thead>\n");
        }
        out.append("<tbody>\n");
        for (List<Block.Cell> row : t.rows()) {
            String id = id("r");
            out.append("<tr id=\"").append(id).append("\">");
            for (int i = 0; i < columns; i++) {
                Block.Cell cell = i < row.size() ? row.get(i) : new Block.Cell(List.of());
                // Cells and items end in a line break, so the row's text never runs one cell's last word into the
                // next cell's first ("docetaxelFatigue") for a reading app that takes the text without layout.
                if (cell.onlyList()) { // one segment per item, all of the row's group: matched as the row
                    out.append("<td>\n<ul>\n");
                    for (Block.ListItem item : cell.items()) {
                        out.append("<li>").append(segment(id, runs(item.content()), table, id)).append("</li>\n");
                    }
                    out.append("</ul>\n</td>\n");
                } else {
                    out.append("<td>").append(segment(id, runs(cell.content()), table, id)).append("</td>\n");
                }
                segments.get(segments.size() - 1).extraWords.addAll(headerWords);
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        return null;
    }

    @Override
    public Void figure(Block.Figure f) {
        if (f.description().isBlank()) {
            return null;
        }
        String id = id("f");
        out.append("<figure id=\"").append(id).append("\" class=\"picture\">\n<figcaption>");
        List<Run> runs = List.of(new Run("Picture:", true, null, null), Run.plain(" " + f.description().strip()));
        out.append(segment(id, runs, null, id)).append("</figcaption>\n</figure>\n");
        segments.get(segments.size() - 1).extraWords.addAll(List.of("picture", "shows"));
        return null;
    }

    private void glossary() {
        if (terms.entries().isEmpty()) {
            return;
        }
        out.append("<section id=\"").append(GLOSSARY_ID).append("\" epub:type=\"glossary\" role=\"doc-glossary\"")
                .append(" aria-labelledby=\"words-to-know-heading\">\n");
        level = 1;
        heading(2, List.of(Run.plain("Words to know")), "words-to-know-heading");
        out.append("<dl>\n");
        for (Inline.Term t : terms.entries()) {
            String id = terms.entryId(t);
            String relation = t.binding() == null ? null : t.binding().relation();
            List<Run> term = new ArrayList<>();
            term.add(new Run(t.label().strip(), true, null, null));
            if (relation != null) {
                term.add(Run.plain(" (" + relation + ")"));
            }
            out.append("<div class=\"entry\" id=\"").append(id).append("\">\n<dt epub:type=\"glossterm\">")
                    .append(segment(id, term, GLOSSARY_ID, id)).append("</dt>\n<dd epub:type=\"glossdef\">")
                    .append(segment(id, List.of(Run.plain(t.definition().strip())), GLOSSARY_ID, id));
            segments.get(segments.size() - 1).extraWords.add("means");
            String back = terms.firstUse(t);
            if (back != null) {
                out.append(" <a class=\"back\" href=\"#").append(back).append("\">Back to \u201C")
                        .append(Markup.xml(t.text().strip())).append("\u201D in the text</a>");
            }
            out.append("</dd>\n</div>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    private List<Run> runs(List<Inline> content) {
        List<Run> runs = new ArrayList<>();
        runs(content, false, runs);
        return runs;
    }

    private void runs(List<Inline> content, boolean strong, List<Run> into) {
        for (Inline inline : content) {
            if (inline instanceof Inline.Term t) {
                into.add(terms.run(t, strong));
            } else if (inline instanceof Inline.Emphasis e) {
                runs(e.content(), true, into);
            } else {
                into.add(new Run(inline.plainText(), strong, null, null));
            }
        }
    }

    /** Registers a segment and returns its placeholder (control characters never survive {@link Markup#xml}). */
    private String segment(String elementId, List<Run> runs, String container, String group) {
        Segment s = new Segment(segments.size(), elementId, runs, container, group);
        segments.add(s);
        return "\u0001" + s.index + "\u0002";
    }

    private String id(String prefix) {
        return prefix + (++ids);
    }

    /** The finished document, with every segment's spans and page breaks written in. */
    String xhtml() {
        StringBuilder body = new StringBuilder();
        int i = 0;
        while (i < out.length()) {
            int open = out.indexOf("\u0001", i);
            if (open < 0) {
                body.append(out, i, out.length());
                break;
            }
            int close = out.indexOf("\u0002", open);
            body.append(out, i, open);
            body.append(SegmentWriter.write(segments.get(Integer.parseInt(out.substring(open + 1, close)))));
            i = close + 1;
        }
        String lang = Markup.xml(language);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\""
                + lang + "\" xml:lang=\"" + lang + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" + Markup.xml(title)
                + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n"
                + "<body>\n<main id=\"main\" epub:type=\"bodymatter\">\n" + body + "</main>\n</body>\n</html>\n";
    }
}
