package org.careprint.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.careprint.model.Block;
import org.careprint.model.Finding;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads HTML pages (FORMATS.md §3) with jsoup. Takes {@code main}/{@code article}, else the body without
 * navigation, header, footer and asides. Never fetches anything: images are kept only as alt text.
 * Glossary elements (a glossary class or {@code data-term}) become exact terms; their {@code title} or
 * {@code data-definition} is the page's own definition.
 */
public final class HtmlReader implements DocumentReader {
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "form", "button", "input", "select", "object", "embed", "video", "audio", "map");
    private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "table",
            "figure", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "dt", "dd", "li", "header",
            "footer", "aside", "nav", "address", "hr", "details", "summary", "figcaption", "body");

    private static final int MAX_ITEM_LENGTH = 100;
    private static final java.util.regex.Pattern RAW_PLACEHOLDER = java.util.regex.Pattern.compile(
            "(?i)<(\\s*(?:MM|DD|YYYY)[^<>]{0,12})>");
    private final LoadOptions options;

    public HtmlReader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public ReadResult read(String sourceName, String text) {
        ReadContext ctx = new ReadContext(sourceName, options);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        parser.settings(org.jsoup.parser.ParseSettings.htmlDefault);
        // "Updated <MM/DD/YYYY>" written raw would be parsed as an <mm> tag and vanish: keep it as text
        Document doc = Jsoup.parse(RAW_PLACEHOLDER.matcher(text).replaceAll("&lt;$1&gt;"), "", parser);
        doc.select(String.join(",", DROP)).remove();
        doc.select("[class~=(?i)info-?icon], [hidden], [aria-hidden=true]:not(img)").remove();
        HtmlDepth.flatten(doc);

        PageDateFinder dates = new PageDateFinder(ctx);
        dates.scan(doc);

        Element main = mainContent(doc);
        String language = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang") : null;
        Walker walker = new Walker(ctx, dates.consumed, baseUrl(doc));
        walker.blocks(main);

        String title = walker.title;
        if (title == null || title.isBlank()) {
            Element t = doc.selectFirst("title");
            title = t != null ? TitleCleaner.withoutSiteSuffix(t.text()) : "";
        }
        PageDates.Result r = dates.result;
        String organization = walker.organization;
        Element siteName = doc.selectFirst("meta[property=og:site_name], meta[name=publisher], meta[name=author]");
        if (organization == null && siteName != null && Chrome.isOrganization(siteName.attr("content"))) {
            organization = Chrome.organizationName(siteName.attr("content"));
        }
        Metadata metadata = new Metadata(TitleCleaner.clean(title), language, r.reviewed, r.reviewer,
                r.updatedOrPosted(), null, sourceName, r.reviewedLine, r.updatedOrPostedLine(), organization);
        return ctx.result(metadata, walker.out);
    }

    /** Where relative links point: {@code <base>}, the canonical link, or og:url; "" when the page does not say. */
    private static String baseUrl(Document doc) {
        for (String[] q : new String[][] {{"base[href]", "href"}, {"link[rel=canonical][href]", "href"},
                {"meta[property=og:url][content]", "content"}}) {
            Element e = doc.selectFirst(q[0]);
            if (e != null && e.attr(q[1]).matches("(?i)https?://\\S+")) {
                return e.attr(q[1]);
            }
        }
        return "";
    }

    private static Element mainContent(Document doc) {
        Element main = doc.selectFirst("main, [role=main]");
        if (main == null) {
            main = doc.selectFirst("article");
        }
        if (main == null) {
            main = doc.body();
            main.select(String.join(",", CHROME)).remove();
        } else {
            main.select("nav, aside").remove();
        }
        return main;
    }

    static int line(Node n) {
        try {
            int l = n.sourceRange().start().lineNumber();
            return Math.max(l, 0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Page dates from {@code <time datetime>}, meta tags, bylines and footers (anywhere in the page). */
    private static final class PageDateFinder {
        private final ReadContext ctx;
        final Set<Element> consumed = new java.util.HashSet<>();
        PageDates.Result result;

        PageDateFinder(ReadContext ctx) {
            this.ctx = ctx;
        }

        void scan(Document doc) {
            List<Element> candidates = new ArrayList<>();
            List<SourceLine> lines = new ArrayList<>();
            for (Element e : doc.body().getAllElements()) {
                if (isLeafBlock(e)) {
                    String text = TextCleaner.collapse(e.text());
                    if (!text.isEmpty() && text.length() <= 200) {
                        candidates.add(e);
                        lines.add(new SourceLine(text, line(e)));
                    }
                }
            }
            result = new PageDates(ctx.dates).scan(lines);
            ctx.findings.addAll(result.findings);
            for (int i : result.consumed) {
                // a placeholder stamp cut from a sentence: keep the element, the text clean-up cuts the stamp
                if (!result.remainders.containsKey(i) || DateParser.findPlaceholder(lines.get(i).text()).isEmpty()) {
                    consumed.add(candidates.get(i));
                }
            }
            timeElements(doc);
            metaTags(doc);
        }

        /** Smallest element holding a piece of text: no block children. */
        private static boolean isLeafBlock(Element e) {
            String tag = e.normalName();
            if (!(BLOCK_TAGS.contains(tag) || tag.equals("span") || tag.equals("small") || tag.equals("time")
                    || tag.equals("em") || tag.equals("strong"))) {
                return false;
            }
            for (Element c : e.children()) {
                if (BLOCK_TAGS.contains(c.normalName())) {
                    return false;
                }
            }
            if (!BLOCK_TAGS.contains(tag)) {
                // inline elements count only when they are a byline of their own (class or sole content)
                String cls = e.className().toLowerCase(Locale.ROOT);
                return cls.contains("date") || cls.contains("review") || cls.contains("updated") || cls.contains("byline");
            }
            return true;
        }

        private void timeElements(Document doc) {
            for (Element time : doc.select("time[datetime]")) {
                Optional<DateParser.DateMatch> d = ctx.dates.parseValue(time.attr("datetime"));
                Element context = time.parent() != null ? time.parent() : time;
                String around = context.text().toLowerCase(Locale.ROOT) + " " + time.className().toLowerCase(Locale.ROOT)
                        + " " + time.attr("itemprop").toLowerCase(Locale.ROOT);
                boolean review = around.contains("review");
                int line = line(time);
                if (d.isEmpty()) {
                    continue;
                }
                if (!d.get().valid()) {
                    if (result.findings.stream().noneMatch(f -> f.line() == line && f.code().equals("invalid-date"))) {
                        ctx.findings.add(Finding.error("invalid-date", line, "\"" + time.attr("datetime")
                                + "\" is not a real calendar date; correct it (CarePrint does not guess)."));
                    }
                    continue;
                }
                LocalDate date = d.get().date();
                // the machine-readable datetime is the most precise statement of the date: it wins
                if (review) {
                    result.reviewed = date;
                    result.reviewedLine = line;
                } else if (result.updated == null || around.contains("updated") || around.contains("modified")) {
                    result.updated = date;
                    result.updatedLine = line;
                }
            }
        }

        private void metaTags(Document doc) {
            for (Element meta : doc.select("meta[name], meta[property]")) {
                String name = (meta.attr("name") + meta.attr("property")).toLowerCase(Locale.ROOT);
                Optional<DateParser.DateMatch> d = ctx.dates.parseValue(meta.attr("content"));
                if (d.isEmpty() || !d.get().valid()) {
                    continue;
                }
                if (name.contains("review") && result.reviewed == null) {
                    result.reviewed = d.get().date();
                    result.reviewedLine = line(meta);
                } else if ((name.contains("modified") || name.contains("updated")) && result.updated == null) {
                    result.updated = d.get().date();
                    result.updatedLine = line(meta);
                }
            }
        }
    }

    /** Walks the main content into blocks. */
    private static final class Walker {
        private final ReadContext ctx;
        private final Set<Element> skip;
        private final String base;
        final List<Block> out = new ArrayList<>();
        String title;
        String organization;

        Walker(ReadContext ctx, Set<Element> skip, String base) {
            this.ctx = ctx;
            this.skip = skip;
            this.base = base;
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
                    inline(n, loose);
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
                        paragraph(inlines(e), line);
                    }
                }
                case "ul", "ol" -> {
                    List<Block.ListItem> items = items(e);
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
                    inline(c, b);
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
            List<Inline> content = inlines(e);
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

        private List<Block.ListItem> items(Element list) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Element li : list.children()) {
                if (!li.normalName().equals("li")) {
                    continue;
                }
                InlineBuffer b = new InlineBuffer();
                List<Block.ListItem> children = new ArrayList<>();
                for (Node c : li.childNodes()) {
                    if (c instanceof Element ce && (ce.normalName().equals("ul") || ce.normalName().equals("ol"))) {
                        children.addAll(items(ce));
                    } else {
                        inline(c, b);
                        if (c instanceof Element ce && BLOCK_TAGS.contains(ce.normalName())) {
                            b.text(" ");
                        }
                    }
                }
                List<Inline> content = withAddress(li, b.build());
                if (!content.isEmpty() || !children.isEmpty()) {
                    items.add(new Block.ListItem(content, children, line(li)));
                }
            }
            return items;
        }

        /**
         * A list item that is only a link to another site ("To Learn More" lists) keeps its address as text, so
         * the printed and spoken handout can still lead somewhere.
         */
        private List<Inline> withAddress(Element li, List<Inline> content) {
            List<Element> links = li.select("a[href]");
            if (links.size() != 1 || content.isEmpty() || isGlossary(links.get(0))
                    || !TextCleaner.collapse(li.ownText() + links.get(0).text()).equals(TextCleaner.collapse(li.text()))) {
                return content;
            }
            String href = links.get(0).attr("href").trim();
            String url = href.matches("(?i)https?://\\S+") ? href
                    : base.isEmpty() || href.startsWith("#") || href.matches("(?i)(mailto|tel|javascript):.*") ? ""
                    : org.jsoup.internal.StringUtil.resolve(base, href);
            String shown = LinkAddresses.display(url);
            if (shown.isEmpty() || Inlines.plainText(content).contains(shown)) {
                return content;
            }
            List<Inline> withUrl = new ArrayList<>(content);
            withUrl.add(new Inline.Text(": " + shown));
            return withUrl;
        }

        /** A cell's text, and its list as a list when it holds one. */
        private Block.Cell cell(Element cell) {
            List<Element> lists = cell.children().stream()
                    .filter(c -> c.normalName().equals("ul") || c.normalName().equals("ol")).toList();
            if (lists.isEmpty()) {
                return CellLists.cell(inlines(cell));
            }
            InlineBuffer lead = new InlineBuffer();
            for (Node c : cell.childNodes()) {
                if (!(c instanceof Element ce && lists.contains(ce))) {
                    inline(c, lead);
                }
            }
            List<List<Inline>> items = new ArrayList<>();
            for (Element l : lists) {
                for (Block.ListItem item : items(l)) {
                    items.add(item.content());
                }
            }
            return CellLists.cell(lead.build(), items);
        }

        private void table(Element table, int line) {
            Element cap = table.selectFirst("caption");
            String caption = cap == null ? "" : TextCleaner.collapse(cap.text());
            List<Block.Cell> header = new ArrayList<>();
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) {
                    continue; // rows of a nested table belong to that table
                }
                List<Block.Cell> cells = new ArrayList<>();
                boolean allTh = !tr.children().isEmpty();
                for (Element cell : tr.children()) {
                    if (cell.normalName().equals("th") || cell.normalName().equals("td")) {
                        cells.add(cell(cell));
                        allTh &= cell.normalName().equals("th");
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                boolean inHead = tr.parent() != null && tr.parent().normalName().equals("thead");
                if (header.isEmpty() && rows.isEmpty() && (allTh || inHead)) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
            if (header.isEmpty() && !rows.isEmpty()) {
                header.addAll(rows.remove(0));
            }
            if (!header.isEmpty()) {
                out.add(new Block.Table(caption, header, rows, line));
            }
        }

        private List<Inline> inlines(Element e) {
            InlineBuffer b = new InlineBuffer();
            for (Node c : e.childNodes()) {
                inline(c, b);
            }
            return b.build();
        }

        private void inline(Node n, InlineBuffer b) {
            if (n instanceof TextNode t) {
                b.text(t.getWholeText());
                return;
            }
            if (!(n instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (isGlossary(e)) {
                String text = TextCleaner.collapse(e.text());
                if (!text.isEmpty()) {
                    String key = e.hasAttr("data-term") && !e.attr("data-term").isBlank()
                            ? TextCleaner.collapse(e.attr("data-term")) : text;
                    String definition = e.hasAttr("data-definition") ? e.attr("data-definition") : e.attr("title");
                    definition = TextCleaner.collapse(definition);
                    boolean pageDefined = !definition.isEmpty();
                    Inline.Term term = new Inline.Term(text, key, pageDefined ? definition : null, true, pageDefined);
                    Element link = e.normalName().equals("a") ? e : e.selectFirst("a[href]");
                    b.add(link != null && !link.attr("href").isBlank() ? term.withRef(link.attr("href")) : term);
                }
                return;
            }
            switch (tag) {
                case "br" -> b.text(" ");
                case "sup" -> {
                    // footnote references ("cells.<sup>1</sup>") point at notes the handout does not carry
                    // but "mg/m<sup>2</sup>" is a unit: only a linked or post-punctuation number is a reference
                    if (e.text().trim().matches("\\[?\\d{1,3}+(?:[,–\\-]\\d{1,3}+)*+]?")
                            && (e.selectFirst("a") != null || b.endsWithPunctuation())) {
                        ctx.cruft.add("footnote markers");
                    } else {
                        for (Node c : e.childNodes()) {
                            inline(c, b);
                        }
                    }
                }
                case "img" -> {
                    // images inside text are emitted as figures by the block walker
                }
                case "em", "strong", "b", "i", "mark" -> {
                    List<Inline> inner = inlines(e);
                    if (!inner.isEmpty()) {
                        b.add(new Inline.Emphasis(inner));
                    }
                }
                case "a" -> {
                    if (CruftRules.isVersionLink(e.text())) {
                        ctx.cruft.add("professional-version links");
                        return;
                    }
                    for (Node c : e.childNodes()) {
                        inline(c, b);
                    }
                }
                default -> {
                    for (Node c : e.childNodes()) {
                        inline(c, b);
                    }
                }
            }
        }

        /** A glossary class ("glossary-term", "definition", "term"), a data-term attribute, or {@code <dfn>}. */
        private static boolean isGlossary(Element e) {
            if (e.hasAttr("data-term") || e.normalName().equals("dfn")) {
                return true;
            }
            if (e.normalName().equals("a") && GlossaryLinks.isGlossaryHref(e.attr("href"))) {
                return true; // a link into any glossary or dictionary marks the linked words
            }
            for (String cls : e.classNames()) {
                String c = cls.toLowerCase(Locale.ROOT);
                if (c.contains("glossary") || c.contains("definition") || c.equals("term") || c.startsWith("term-")
                        || c.endsWith("-term") || c.equals("dictionary") || c.contains("dictionary-")) {
                    return true;
                }
            }
            return false;
        }
    }
}
