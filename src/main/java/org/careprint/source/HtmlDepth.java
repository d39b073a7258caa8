package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Depth guard for HTML: elements nested deeper than {@link #MAX_DEPTH} are replaced by their children, so
 * the reader's recursive walk stays shallow (3,000 nested {@code div}s overflowed the stack). Text is kept;
 * only structure past the limit is lost. The traversal itself is iterative.
 */
final class HtmlDepth {
    static final int MAX_DEPTH = 64;

    private HtmlDepth() {
    }

    /** Unwraps every element deeper than {@link #MAX_DEPTH} below {@code root}; returns how many. */
    static int flatten(Element root) {
        List<Element> deep = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (depth > MAX_DEPTH && node instanceof Element e) {
                deep.add(e);
            }
        }, root);
        // innermost first: each unwrap then moves already-flat children up one level
        for (int i = deep.size() - 1; i >= 0; i--) {
            Element e = deep.get(i);
            if (e.parent() != null) {
                e.unwrap();
            }
        }
        return deep.size();
    }

}
