package org.careprint.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careprint.model.Inline;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Walks commonmark inlines into model inlines. Dictionary links ({@code glossary:key}, popDefinition,
 * {@code /glossary/}) become exact terms, a link title being the page's own definition; "Go to Health
 * Professional Version" links and raw {@code <sup>} footnote references are dropped and counted.
 */
final class MarkdownInlines {
    private final ReadContext ctx;

    MarkdownInlines(ReadContext ctx) {
        this.ctx = ctx;
    }

    List<Inline> inlines(Node parent) {
        InlineBuffer b = new InlineBuffer();
        children(parent, b);
        return b.build();
    }

    /** A list item's block: a paragraph's inlines, anything else as plain text. */
    void collect(Node block, InlineBuffer b) {
        if (block instanceof Paragraph) {
            children(block, b);
        } else {
            b.text(plain(block));
        }
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
            b.add(href.toLowerCase(Locale.ROOT).startsWith("glossary:") ? term : term.withRef(href));
            return;
        }
        for (Node c = link.getFirstChild(); c != null; c = c.getNext()) {
            inline(c, b);
        }
    }

    /** The glossary key a link names ({@code glossary:key}, else the link text for a dictionary link), if any. */
    static Optional<String> glossaryKey(String href, String text) {
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

    /** A node's text without markup (image alt text, link text). */
    static String plain(Node n) {
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
}
