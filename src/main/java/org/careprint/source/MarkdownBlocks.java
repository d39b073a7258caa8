package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.jsoup.Jsoup;

/**
 * Walks the commonmark block tree into model blocks. The first {@code #} heading is the title when it
 * matches the front matter's (or there is none); an image paragraph is a figure, and the emphasised or
 * "Figure …" paragraph right after it is its caption.
 */
final class MarkdownBlocks {
    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#[\\w:.\\-]+}\\s*$");

    private final ReadContext ctx;
    private final MarkdownInlines inlines;
    private final String frontMatterTitle;
    final List<Block> out = new ArrayList<>();
    String firstH1;
    private boolean lastWasFigure;

    MarkdownBlocks(ReadContext ctx, String frontMatterTitle) {
        this.ctx = ctx;
        this.inlines = new MarkdownInlines(ctx);
        this.frontMatterTitle = frontMatterTitle;
    }

    void blocks(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n);
        }
    }

    private void block(Node n) {
        int line = line(n);
        boolean figureBefore = lastWasFigure;
        lastWasFigure = false;
        if (n instanceof Heading h) {
            List<Inline> content = inlines.inlines(h);
            String plain = Inlines.plainText(content);
            if (h.getLevel() == 1 && firstH1 == null) {
                firstH1 = plain;
                if (frontMatterTitle == null || TitleCleaner.clean(plain).equalsIgnoreCase(frontMatterTitle)) {
                    return; // the title lives in Metadata, not in the blocks
                }
            }
            content = withoutAnchor(content);
            if (!content.isEmpty()) {
                out.add(new Block.Heading(Math.max(2, h.getLevel()), content, line));
            }
        } else if (n instanceof Paragraph) {
            paragraph(n, line, figureBefore);
        } else if (n instanceof ListBlock list) {
            List<Block.ListItem> items = items(list);
            if (!items.isEmpty()) {
                out.add(new Block.BulletList(items, list instanceof OrderedList, line));
            }
        } else if (n instanceof TableBlock) {
            table(n, line);
        } else if (n instanceof BlockQuote) {
            blocks(n);
        } else if (n instanceof FencedCodeBlock code) {
            literal(code.getLiteral(), line);
        } else if (n instanceof IndentedCodeBlock code) {
            literal(code.getLiteral(), line);
        } else if (n instanceof HtmlBlock html) {
            literal(Jsoup.parse(html.getLiteral()).text(), line);
        } else if (n.getFirstChild() != null) {
            blocks(n);
        }
    }

    /** Drops a trailing heading id such as "{#section-1}" (Pandoc/PDQ attribute syntax). */
    private static List<Inline> withoutAnchor(List<Inline> content) {
        if (content.isEmpty() || !(content.get(content.size() - 1) instanceof Inline.Text last)) {
            return content;
        }
        String stripped = HEADING_ID.matcher(last.text()).replaceFirst("");
        if (stripped.equals(last.text())) {
            return content;
        }
        List<Inline> out = new ArrayList<>(content.subList(0, content.size() - 1));
        if (!stripped.isEmpty()) {
            out.add(new Inline.Text(stripped));
        }
        return out;
    }

    private void literal(String text, int line) {
        String t = TextCleaner.collapse(text);
        if (!t.isEmpty()) {
            InlineBuffer b = new InlineBuffer();
            b.text(t);
            addParagraph(b.build(), line);
        }
    }

    private void paragraph(Node p, int line, boolean figureBefore) {
        List<Image> images = new ArrayList<>();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image img) {
                images.add(img);
            }
        }
        for (Image img : images) {
            out.add(new Block.Figure(TextCleaner.collapse(MarkdownInlines.plain(img)), img.getTitle(), line));
            lastWasFigure = true;
        }
        List<Inline> content = inlines.inlines(p);
        if (content.isEmpty()) {
            return;
        }
        String plain = Inlines.plainText(content);
        if (figureBefore && images.isEmpty() && isCaption(p, plain)) {
            Block.Figure fig = (Block.Figure) out.remove(out.size() - 1);
            out.add(new Block.Figure(fig.alt(), plain, fig.line()));
            return;
        }
        lastWasFigure = lastWasFigure && content.isEmpty();
        addParagraph(content, line);
    }

    /** Emphasis-only or "Figure …" text right after an image is its caption. */
    private static boolean isCaption(Node p, String plain) {
        Node only = p.getFirstChild();
        boolean emphasisOnly = only != null && only.getNext() == null && (only instanceof Emphasis || only instanceof StrongEmphasis);
        return plain.length() <= 200 && (emphasisOnly || plain.matches("(?i)^(figure|caption|image|photo)\\b.*"));
    }

    private void addParagraph(List<Inline> content, int line) {
        if (ctx.keepParagraph(Inlines.plainText(content), line)) {
            out.add(new Block.Paragraph(content, line));
        }
    }

    private List<Block.ListItem> items(ListBlock list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node li = list.getFirstChild(); li != null; li = li.getNext()) {
            if (!(li instanceof ListItem)) {
                continue;
            }
            InlineBuffer content = new InlineBuffer();
            List<Block.ListItem> children = new ArrayList<>();
            for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock nested) {
                    children.addAll(items(nested));
                } else {
                    if (!content.isEmpty()) {
                        content.text(" ");
                    }
                    inlines.collect(c, content);
                }
            }
            List<Inline> built = withAddress(li, content.build());
            if (!built.isEmpty() || !children.isEmpty()) {
                items.add(new Block.ListItem(built, children, line(li)));
            }
        }
        return items;
    }

    /** A list item that is only a link to another site keeps the address as text ("To Learn More" lists). */
    private static List<Inline> withAddress(Node li, List<Inline> content) {
        Node p = li.getFirstChild();
        if (!(p instanceof Paragraph) || p.getNext() != null || !(p.getFirstChild() instanceof Link link)
                || link.getNext() != null || content.isEmpty()) {
            return content;
        }
        String href = link.getDestination() == null ? "" : link.getDestination();
        if (MarkdownInlines.glossaryKey(href, "").isPresent()) {
            return content;
        }
        String shown = LinkAddresses.display(href);
        if (shown.isEmpty() || Inlines.plainText(content).contains(shown)) {
            return content;
        }
        List<Inline> out = new ArrayList<>(content);
        out.add(new Inline.Text(": " + shown));
        return out;
    }

    private void table(Node table, int line) {
        List<Block.Cell> header = new ArrayList<>();
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Block.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(CellLists.cell(inlines.inlines(cell)));
                    }
                }
                if (section instanceof TableHead && header.isEmpty()) {
                    header.addAll(cells);
                } else if (section instanceof TableBody || section instanceof TableHead) {
                    rows.add(cells);
                }
            }
        }
        out.add(new Block.Table("", header, rows, line));
    }

    /** The 1-based line a block starts on (source spans are kept for blocks only: inlines use their parent's). */
    private static int line(Node n) {
        if (n.getSourceSpans() != null && !n.getSourceSpans().isEmpty()) {
            return n.getSourceSpans().get(0).getLineIndex() + 1;
        }
        return n.getParent() != null ? line(n.getParent()) : 0;
    }
}
