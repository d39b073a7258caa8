package org.careprint.source;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Reads HTML pages (FORMATS.md §3) with jsoup. Takes {@code main}/{@code article}, else the body without
 * navigation, header, footer and asides. Never fetches anything: images are kept only as alt text.
 * This class prepares the page and builds the metadata; {@link HtmlPageDates} finds the dates,
 * {@link HtmlBlocks} walks the content (with {@link HtmlLists}, {@link HtmlTables}, {@link HtmlInlines}).
 */
final class HtmlReader implements DocumentReader {
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "form", "button", "input", "select", "object", "embed", "video", "audio", "map");
    private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside");
    /** Elements that start a block of their own; shared by the date scan and the walkers. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "table",
            "figure", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl", "dt", "dd", "li", "header",
            "footer", "aside", "nav", "address", "hr", "details", "summary", "figcaption", "body");

    private static final Pattern RAW_PLACEHOLDER = Pattern.compile("(?i)<(\\s*(?:MM|DD|YYYY)[^<>]{0,12})>");
    private final LoadOptions options;

    HtmlReader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public ReadResult read(String sourceName, String text) {
        ReadContext ctx = new ReadContext(sourceName, options);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        parser.settings(ParseSettings.htmlDefault);
        // "Updated <MM/DD/YYYY>" written raw would be parsed as an <mm> tag and vanish: keep it as text
        Document doc = Jsoup.parse(RAW_PLACEHOLDER.matcher(text).replaceAll("&lt;$1&gt;"), "", parser);
        doc.select(String.join(",", DROP)).remove();
        doc.select("[class~=(?i)info-?icon], [hidden], [aria-hidden=true]:not(img)").remove();
        HtmlDepth.flatten(doc);

        HtmlPageDates dates = new HtmlPageDates(ctx);
        dates.scan(doc);

        Element main = mainContent(doc);
        String language = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang") : null;
        HtmlBlocks walker = new HtmlBlocks(ctx, dates.consumed, baseUrl(doc));
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
        List<Block> blocks = walker.out;
        return ctx.result(metadata, blocks);
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

    /** The 1-based source line of a node, 0 when jsoup did not track it. */
    static int line(Node n) {
        try {
            int l = n.sourceRange().start().lineNumber();
            return Math.max(l, 0);
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
