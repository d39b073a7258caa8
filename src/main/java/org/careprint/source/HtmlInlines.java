package org.careprint.source;

import java.util.List;
import java.util.Locale;
import org.careprint.model.Inline;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks the inside of an HTML block into inlines: text, emphasis and glossary terms. Glossary elements (a
 * glossary class, {@code data-term}, {@code <dfn>}, a dictionary link) become exact terms; their
 * {@code title} or {@code data-definition} is the page's own definition. Footnote markers and
 * professional-version links are dropped and counted.
 */
final class HtmlInlines {
    private final ReadContext ctx;

    HtmlInlines(ReadContext ctx) {
        this.ctx = ctx;
    }

    List<Inline> inlines(Element e) {
        InlineBuffer b = new InlineBuffer();
        for (Node c : e.childNodes()) {
            inline(c, b);
        }
        return b.build();
    }

    void inline(Node n, InlineBuffer b) {
        if (n instanceof TextNode t) {
            b.text(t.getWholeText());
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (isGlossary(e)) {
            term(e, b);
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

    private static void term(Element e, InlineBuffer b) {
        String text = TextCleaner.collapse(e.text());
        if (text.isEmpty()) {
            return;
        }
        String key = e.hasAttr("data-term") && !e.attr("data-term").isBlank()
                ? TextCleaner.collapse(e.attr("data-term")) : text;
        String definition = e.hasAttr("data-definition") ? e.attr("data-definition") : e.attr("title");
        definition = TextCleaner.collapse(definition);
        boolean pageDefined = !definition.isEmpty();
        Inline.Term term = new Inline.Term(text, key, pageDefined ? definition : null, true, pageDefined);
        Element link = e.normalName().equals("a") ? e : e.selectFirst("a[href]");
        b.add(link != null && !link.attr("href").isBlank() ? term.withRef(link.attr("href")) : term);
    }

    /** A glossary class ("glossary-term", "definition", "term"), a data-term attribute, or {@code <dfn>}. */
    static boolean isGlossary(Element e) {
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
