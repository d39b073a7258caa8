package org.careprint.source;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * Linear-time helpers for the Markdown reader: link stripping without a backtracking regex (a line of
 * 100,000 {@code [} took minutes with {@code !?\[([^\]]*)]\([^)]*\)}), block-quote flattening without
 * recursion (10,000 {@code >} nest 10,000 quotes) and a list-depth limit (5,000 {@code - } nest 5,000 lists).
 */
final class MarkdownScan {
    /** Lists nested deeper than this are flattened into the list at this depth. */
    static final int MAX_LIST_DEPTH = 8;

    private MarkdownScan() {
    }

    /**
     * {@code [text](url)} and {@code ![alt](url)} replaced by their text; the same result as
     * {@code replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")}, in one pass.
     */
    static String stripLinks(String s) {
        int lb = s.indexOf('[');
        if (lb < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int copied = 0;
        while (lb >= 0) {
            int rb = s.indexOf(']', lb + 1);
            if (rb < 0) {
                break; // no later "[" can close either
            }
            if (rb + 1 < s.length() && s.charAt(rb + 1) == '(') {
                int rp = s.indexOf(')', rb + 2);
                if (rp < 0) {
                    break; // no later link can close its destination either
                }
                int start = lb > copied && s.charAt(lb - 1) == '!' ? lb - 1 : lb;
                sb.append(s, copied, start).append(s, lb + 1, rb);
                copied = rp + 1;
                lb = s.indexOf('[', copied);
            } else {
                // every "[" before rb closes at rb too, and fails the same way
                lb = s.indexOf('[', rb + 1);
            }
        }
        return copied == 0 ? s : sb.append(s, copied, s.length()).toString();
    }

    /**
     * Replaces every top-level block quote (and the quotes nested in it) by its children, iteratively. The
     * reader treats a quote as its content, so this changes nothing but the depth of the tree.
     */
    static void flattenQuotes(Node document) {
        Node c = document.getFirstChild();
        while (c != null) {
            if (c instanceof BlockQuote quote) {
                Node first = quote.getFirstChild();
                for (Node k = first; k != null; ) {
                    Node next = k.getNext();
                    quote.insertBefore(k);
                    k = next;
                }
                Node after = quote.getNext();
                quote.unlink();
                c = first != null ? first : after;
            } else {
                c = c.getNext();
            }
        }
    }

    /**
     * Lists nested more than {@link #MAX_LIST_DEPTH} deep: their items move up, after their parent item, into
     * the list at that depth (text and order kept, only the indentation lost). Iterative.
     */
    static void flattenLists(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int depth = depths.pop();
            if (n instanceof ListBlock list && ++depth >= MAX_LIST_DEPTH) {
                flattenInto(list);
                continue;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                nodes.push(c);
                depths.push(depth);
            }
        }
    }

    private static void flattenInto(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node anchor = item;
            for (Node c = item.getFirstChild(); c != null; ) {
                Node next = c.getNext();
                if (c instanceof ListBlock nested) {
                    for (Node k = nested.getFirstChild(); k != null; ) {
                        Node following = k.getNext();
                        anchor.insertAfter(k);
                        anchor = k;
                        k = following;
                    }
                    nested.unlink();
                }
                c = next;
            }
        }
    }
}
