package org.careprint.source;

import static org.careprint.source.HtmlReader.BLOCK_TAGS;
import static org.careprint.source.HtmlReader.line;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Walks the main content of an HTML page into blocks. The first {@code h1} is the title (unless it is a
 * masthead or navigation label); loose text between blocks becomes a paragraph; lists and tables are
 * delegated to {@link HtmlLists} and {@link HtmlTables}.
 */
final class HtmlBlocks {
    private static final int MAX_ITEM_LENGTH = 100;

    private final ReadContext ctx;
    private final Set<Element> skip;
    private final HtmlInlines inlines;
    private final HtmlLists lists;
    private final HtmlTables tables;
    final List<Block> out = new ArrayList<>();
    String title;
    String organization;

    /** @param skip elements already read as page dates */
    HtmlBlocks(ReadContext ctx, Set<Element> skip, String base) {
        this.ctx = ctx;
        this.skip = skip;
        this.inlines = new HtmlInlines(ctx);
        this.lists = new HtmlLists(inlines, base);
        this.tables = new HtmlTables(inlines, lists);
    }

    void blocks(Element parent) {
        InlineBuffer loose = new InlineBuffer();
        int looseLine = 0;
        for (Node n : parent.childNodes()) {
            boolean isBlock = n instanceof Element e && BLOCK_TAGS.contains(e.normalName())
                    || n instanceof Element img && img.normalName().equals("img") && parent.normalName().matches("body|main|article|section|div");
            if (!isBlock) {
                if (looseLine == 0) {
                    looseLine = line(n);
                }
                inlines.inline(n, loose);
                continue;
            }
            flush(loose, looseLine);
            loose = new InlineBuffer();
            looseLine = 0;
            block((Element) n);
        }
        flush(loose, looseLine);
    }

    private void flush(InlineBuffer loose, int line) {
        List<Inline> content = loose.build();
        if (!content.isEmpty()) {
            paragraph(content, line);
        }
    }

    private void block(Element e) {
        if (skip.contains(e)) {
            return;
        }
        String tag = e.normalName();
        int line = line(e);
        if (isCaption(e)) {
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, Integer.parseInt(tag.substring(1)), line);
            case "p", "dt", "dd", "pre", "address", "summary" -> {
                for (Element img : e.select("img")) {
                    figure(img, "", line);
                }
                if (e.children().stream().anyMatch(c -> c.normalName().equals("br"))) {
                    brokenLines(e, line);
                } else {
                    paragraph(inlines.inlines(e), line);
                }
            }
            case "ul", "ol" -> {
                List<Block.ListItem> items = lists.items(e);
                if (!items.isEmpty()) {
                    out.add(new Block.BulletList(items, tag.equals("ol"), line));
                }
            }
            case "table" -> table(e, line);
            case "figure" -> {
                Element cap = e.selectFirst("figcaption");
                String caption = cap == null ? "" : TextCleaner.collapse(cap.text());
                Element img = e.selectFirst("img");
                if (img != null) {
                    figure(img, caption, line);
                } else if (e.selectFirst("table") != null) {
                    table(e.selectFirst("table"), line);
                } else if (!caption.isEmpty()) {
                    out.add(new Block.Figure("", caption, line));
                }
            }
            case "img" -> figure(e, "", line);
            case "hr", "nav", "aside", "figcaption" -> {
                // layout only, or already handled with its figure
            }
            default -> blocks(e);
        }
    }

    private void table(Element e, int line) {
        Block.Table table = tables.table(e, line);
        if (table != null) {
            out.add(table);
        }
    }

    /**
     * A paragraph whose lines are separated by {@code <br>}: each line is its own paragraph, and short
     * lines after a lead-in ending in ":" are that lead-in's list ("Call us if you have:<br>a fever<br>…").
     */
    private void brokenLines(Element p, int line) {
        List<List<Inline>> lines = new ArrayList<>();
        InlineBuffer b = new InlineBuffer();
        for (Node c : p.childNodes()) {
            if (c instanceof Element br && br.normalName().equals("br")) {
                lines.add(b.build());
                b = new InlineBuffer();
            } else {
                inlines.inline(c, b);
            }
        }
        lines.add(b.build());
        lines.removeIf(List::isEmpty);
        int i = 0;
        while (i < lines.size()) {
            List<Inline> current = lines.get(i++);
            paragraph(current, line);
            if (!HeadingRules.isLeadIn(Inlines.plainText(current))) {
                continue;
            }
            List<Block.ListItem> items = new ArrayList<>();
            while (i < lines.size() && Inlines.plainText(lines.get(i)).length() <= MAX_ITEM_LENGTH
                    && !HeadingRules.isLeadIn(Inlines.plainText(lines.get(i)))) {
                items.add(new Block.ListItem(lines.get(i++), line));
            }
            if (!items.isEmpty()) {
                out.add(new Block.BulletList(items, false, line));
            }
        }
    }

    /** A caption element ("caption" class) right after an image is that figure's caption, never a heading. */
    private boolean isCaption(Element e) {
        if (!e.className().toLowerCase(Locale.ROOT).contains("caption") || out.isEmpty()
                || !(out.get(out.size() - 1) instanceof Block.Figure fig) || !fig.caption().isEmpty()) {
            return false;
        }
        String caption = TextCleaner.collapse(e.text());
        if (caption.isEmpty() || caption.length() > 300) {
            return false;
        }
        out.set(out.size() - 1, new Block.Figure(fig.alt(), caption, fig.line()));
        return true;
    }

    private void heading(Element e, int level, int line) {
        List<Inline> content = inlines.inlines(e);
        if (content.isEmpty()) {
            return;
        }
        String text = Inlines.plainText(content);
        if (level == 1 && title == null && (Chrome.isOrganization(text) || Chrome.isNavigationLabel(text))) {
            if (organization == null && Chrome.isOrganization(text)) {
                organization = Chrome.organizationName(text);
            }
            ctx.cruft.add(Chrome.isOrganization(text) ? "site mastheads" : "navigation labels");
            return;
        }
        if (level == 1 && title == null) {
            title = Inlines.plainText(content);
            return;
        }
        out.add(new Block.Heading(Math.max(2, level), content, line));
    }

    private void figure(Element img, String caption, int line) {
        String alt = TextCleaner.collapse(img.attr("alt"));
        if (alt.isEmpty() && caption.isEmpty()) {
            alt = TextCleaner.collapse(img.attr("title"));
        }
        out.add(new Block.Figure(alt, caption, line));
    }

    private void paragraph(List<Inline> content, int line) {
        if (content.isEmpty()) {
            return;
        }
        if (ctx.keepParagraph(Inlines.plainText(content), line)) {
            out.add(new Block.Paragraph(content, line));
        }
    }
}
