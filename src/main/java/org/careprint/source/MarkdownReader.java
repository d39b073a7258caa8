package org.careprint.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Finding;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown with YAML front matter (FORMATS.md §2) using commonmark-java with GFM tables. Dictionary
 * links become exact glossary terms; "Go to Health Professional Version" links and cruft lines are dropped.
 */
public final class MarkdownReader implements DocumentReader {
    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#[\\w:.\\-]+}\\s*$");
    private final LoadOptions options;

    public MarkdownReader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public ReadResult read(String sourceName, String text) {
        ReadContext ctx = new ReadContext(sourceName, options);
        List<SourceLine> lines = TextReader.splitLines(text);
        FrontMatter fm = FrontMatter.parse(lines, ctx.findings);
        List<SourceLine> body = new ArrayList<>(lines);
        for (int i = 0; i < fm.bodyStart(); i++) {
            body.set(i, new SourceLine("", lines.get(i).line()));
        }
        dropCruftLines(body, ctx);
        PageDates.Result pageDates = scanDates(body, ctx);

        StringBuilder md = new StringBuilder();
        for (SourceLine l : body) {
            md.append(l.text()).append('\n');
        }
        Node document = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build()
                .parse(md.toString());
        MarkdownScan.flattenQuotes(document);
        MarkdownScan.flattenLists(document);

        String title = fm.get("title");
        Walker walker = new Walker(ctx, title == null ? null : TitleCleaner.clean(title));
        walker.blocks(document);
        if (title == null || title.isBlank()) {
            title = walker.firstH1 != null ? walker.firstH1 : firstText(lines, fm.bodyStart());
        }
        Metadata metadata = metadata(sourceName, TitleCleaner.clean(title), fm, pageDates, ctx);
        String organization = fm.get("organization", "publisher", "source");
        if (organization != null && !organization.isBlank() && !organization.matches("(?i).*(https?://|www\\.|/).*")) {
            metadata = metadata.withOrganization(TextCleaner.collapse(organization));
        }
        return ctx.result(metadata, walker.out);
    }

    private static void dropCruftLines(List<SourceLine> body, ReadContext ctx) {
        for (int i = 0; i < body.size(); i++) {
            String raw = body.get(i).text();
            String plain = MarkdownScan.stripLinks(raw).replaceAll("^\\s*#+\\s*", "");
            Optional<String> kind = raw.isEmpty() ? Optional.empty()
                    : CruftRules.classify(raw.isBlank() ? raw : plain.replaceAll("[*_]", ""));
            if (kind.isPresent()) {
                ctx.cruft.add(kind.get());
                body.set(i, new SourceLine("", body.get(i).line()));
            }
        }
    }

    private PageDates.Result scanDates(List<SourceLine> body, ReadContext ctx) {
        List<SourceLine> scan = new ArrayList<>(body.size());
        for (SourceLine l : body) {
            boolean tableRow = l.text().chars().filter(c -> c == '|').count() >= 2;
            String plain = MarkdownScan.stripLinks(l.text()).replaceAll("^\\s*#+\\s*", "");
            scan.add(new SourceLine(tableRow ? "" : plain, l.line()));
        }
        PageDates.Result r = new PageDates(ctx.dates).scan(scan);
        ctx.findings.addAll(r.findings);
        for (int i : r.consumed) {
            String raw = body.get(i).text();
            String rest = r.remainders.getOrDefault(i, "");
            // keep the line's Markdown (links, emphasis) when only a placeholder stamp was cut from it
            String unstamped = PageDates.withoutPlaceholderStamp(raw);
            if (!rest.isEmpty() && !unstamped.equals(raw)) {
                rest = unstamped;
            }
            body.set(i, new SourceLine(rest, body.get(i).line()));
        }
        return r;
    }

    private Metadata metadata(String source, String title, FrontMatter fm, PageDates.Result body, ReadContext ctx) {
        String[] reviewedKeys = {"lastReviewed", "reviewed", "last_reviewed", "reviewDate", "dateReviewed", "medicallyReviewed"};
        String[] updatedKeys = {"updated", "lastUpdated", "last_updated", "modified", "lastModified", "dateModified"};
        LocalDate reviewed = frontMatterDate(fm, ctx, reviewedKeys);
        int reviewedLine = reviewed != null ? fm.lineOf(reviewedKeys) : 0;
        if (reviewed == null && !hasAny(fm, reviewedKeys)) {
            reviewed = body.reviewed;
            reviewedLine = body.reviewedLine;
        }
        LocalDate updated = frontMatterDate(fm, ctx, updatedKeys);
        int updatedLine = updated != null ? fm.lineOf(updatedKeys) : 0;
        if (updated == null && !hasAny(fm, updatedKeys)) {
            updated = body.updatedOrPosted();
            updatedLine = body.updatedOrPostedLine();
        }
        String reviewer = fm.has("reviewer") || fm.has("reviewedBy")
                ? Optional.ofNullable(fm.get("reviewer", "reviewedBy")).orElse("") : body.reviewer;
        String frequency = fm.get("reviewFrequency", "review_frequency", "reviewCycle");
        LocalDate next = frontMatterDate(fm, ctx, "next_review", "nextReview", "reviewDue");
        if (frequency == null && next != null && reviewed != null && next.isAfter(reviewed)) {
            frequency = Period.between(reviewed, next).toString(); // the page's own cycle, as ISO ("P2Y")
        }
        String language = fm.get("language", "lang", "locale");
        return new Metadata(title, language, reviewed, reviewer, updated, frequency, source, reviewedLine, updatedLine);
    }

    private static boolean hasAny(FrontMatter fm, String... keys) {
        for (String k : keys) {
            if (fm.get(k) != null) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate frontMatterDate(FrontMatter fm, ReadContext ctx, String... keys) {
        String value = fm.get(keys);
        if (value == null) {
            return null;
        }
        int line = fm.lineOf(keys);
        Optional<String> placeholder = DateParser.findPlaceholder(value);
        if (placeholder.isPresent()) {
            ctx.findings.add(Finding.error("placeholder", line, "\"" + value
                    + "\" is a template placeholder, not a date; put the real date in."));
            return null;
        }
        Optional<DateParser.DateMatch> d = ctx.dates.parseValue(value);
        if (d.isPresent() && d.get().valid()) {
            return d.get().date();
        }
        ctx.findings.add(Finding.error("invalid-date", line, "\"" + value
                + "\" is not a real calendar date; write it as YYYY-MM-DD (CarePrint does not guess)."));
        return null;
    }

    private static String firstText(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).text().replaceAll("^#+\\s*", "");
            }
        }
        return "";
    }

    /** Walks the commonmark tree into model blocks. */
    private static final class Walker {
        private final ReadContext ctx;
        private final String frontMatterTitle;
        final List<Block> out = new ArrayList<>();
        String firstH1;
        private boolean lastWasFigure;

        Walker(ReadContext ctx, String frontMatterTitle) {
            this.ctx = ctx;
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
                List<Inline> content = inlines(h);
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
                out.add(new Block.Figure(TextCleaner.collapse(plain(img)), img.getTitle(), line));
                lastWasFigure = true;
            }
            List<Inline> content = inlines(p);
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
                        collect(c, content);
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
            if (glossaryKey(href, "").isPresent()) {
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
                            cells.add(CellLists.cell(inlines(cell)));
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

        private List<Inline> inlines(Node parent) {
            InlineBuffer b = new InlineBuffer();
            children(parent, b);
            return b.build();
        }

        /** Inline children, skipping footnote references written as raw {@code <sup>1</sup>}. */
        private void children(Node parent, InlineBuffer b) {
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                // "cells.<sup>1</sup>" is a reference; "mg/m<sup>2</sup>" is a unit and stays
                if (c instanceof HtmlInline open && open.getLiteral().matches("(?i)<sup\\b[^>]*>")
                        && c.getNext() instanceof Text num && num.getLiteral().matches("\\s*+\\[?\\d{1,3}+(?:[,–\\-]\\d{1,3}+)*+]?\\s*")
                        && num.getNext() instanceof HtmlInline close && close.getLiteral().matches("(?i)</sup\\s*>")
                        && b.endsWithPunctuation()) {
                    ctx.cruft.add("footnote markers");
                    c = close;
                    continue;
                }
                inline(c, b);
            }
        }

        private void collect(Node block, InlineBuffer b) {
            if (block instanceof Paragraph) {
                children(block, b);
            } else {
                b.text(plain(block));
            }
        }

        private void inline(Node n, InlineBuffer b) {
            if (n instanceof Text t) {
                b.text(t.getLiteral());
            } else if (n instanceof Code code) {
                b.text(code.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                b.text(" ");
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                List<Inline> inner = inlines(n);
                if (!inner.isEmpty()) {
                    b.add(new Inline.Emphasis(inner));
                }
            } else if (n instanceof Link link) {
                link(link, b);
            } else if (n instanceof Image) {
                return; // emitted as a Figure block
            } else if (n instanceof HtmlInline html && html.getLiteral().matches("(?i)<br\\s*/?>")) {
                b.text(" "); // "- Fatigue<br>- Hair loss" in a table cell: keep the items apart
            } else if (n.getFirstChild() != null) {
                children(n, b);
            }
            // raw inline HTML tags carry no text of their own
        }

        private void link(Link link, InlineBuffer b) {
            String text = TextCleaner.collapse(plain(link));
            String href = link.getDestination() == null ? "" : link.getDestination();
            if (CruftRules.isVersionLink(text)) {
                ctx.cruft.add("professional-version links");
                return;
            }
            Optional<String> key = glossaryKey(href, text);
            if (key.isPresent() && !text.isEmpty()) {
                // a link title on a dictionary link is the page's own definition
                String definition = link.getTitle() == null ? "" : TextCleaner.collapse(link.getTitle());
                Inline.Term term = definition.isEmpty() ? new Inline.Term(text, key.get(), null, true, false)
                        : new Inline.Term(text, key.get(), definition, true, true);
                b.add(h(href).startsWith("glossary:") ? term : term.withRef(href));
                return;
            }
            for (Node c = link.getFirstChild(); c != null; c = c.getNext()) {
                inline(c, b);
            }
        }

        private static String h(String href) {
            return href.toLowerCase(Locale.ROOT);
        }

        private static Optional<String> glossaryKey(String href, String text) {
            String h = href.toLowerCase(Locale.ROOT);
            if (h.startsWith("glossary:")) {
                String key = decode(href.substring("glossary:".length())).trim();
                return Optional.of(key.isEmpty() ? text : key);
            }
            if (GlossaryLinks.isGlossaryHref(href) || h.contains("definition")) {
                return Optional.of(text);
            }
            return Optional.empty();
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return s;
            }
        }

        private static String plain(Node n) {
            StringBuilder sb = new StringBuilder();
            appendPlain(n, sb);
            return sb.toString();
        }

        private static void appendPlain(Node n, StringBuilder sb) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                appendPlain(c, sb);
            }
        }

        private static int line(Node n) {
            if (n.getSourceSpans() != null && !n.getSourceSpans().isEmpty()) {
                return n.getSourceSpans().get(0).getLineIndex() + 1;
            }
            return n.getParent() != null ? line(n.getParent()) : 0;
        }
    }
}
