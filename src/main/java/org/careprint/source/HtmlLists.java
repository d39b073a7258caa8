package org.careprint.source;

import static org.careprint.source.HtmlReader.BLOCK_TAGS;
import static org.careprint.source.HtmlReader.line;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/** The items of an HTML {@code ul}/{@code ol}, nested lists as children; used for block lists and cell lists. */
final class HtmlLists {
    private final HtmlInlines inlines;
    private final String base;

    /** @param base where relative links point ("" when the page does not say) */
    HtmlLists(HtmlInlines inlines, String base) {
        this.inlines = inlines;
        this.base = base;
    }

    List<Block.ListItem> items(Element list) {
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
                    inlines.inline(c, b);
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
        if (links.size() != 1 || content.isEmpty() || HtmlInlines.isGlossary(links.get(0))
                || !TextCleaner.collapse(li.ownText() + links.get(0).text()).equals(TextCleaner.collapse(li.text()))) {
            return content;
        }
        String href = links.get(0).attr("href").trim();
        String url = href.matches("(?i)https?://\\S+") ? href
                : base.isEmpty() || href.startsWith("#") || href.matches("(?i)(mailto|tel|javascript):.*") ? ""
                : StringUtil.resolve(base, href);
        String shown = LinkAddresses.display(url);
        if (shown.isEmpty() || Inlines.plainText(content).contains(shown)) {
            return content;
        }
        List<Inline> withUrl = new ArrayList<>(content);
        withUrl.add(new Inline.Text(": " + shown));
        return withUrl;
    }
}
