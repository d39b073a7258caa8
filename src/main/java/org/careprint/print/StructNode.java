package org.careprint.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the logical structure tree (Document, H1, P, L, LI, Lbl, LBody, Table, Caption, TR, TH, TD, Figure,
 * Span, Link),
 * built during layout in reading order and turned into PDF structure elements when the pages are written.
 * A node either holds content (marks point at it) or child nodes, never both: OpenPDF cannot mix them.
 */
final class StructNode {
    private final String type;
    private final StructNode parent;
    private final List<StructNode> children = new ArrayList<>();
    private String alt;
    private String scope;
    private String uri;
    private int targetPage;

    private StructNode(String type, StructNode parent) {
        this.type = type;
        this.parent = parent;
    }

    static StructNode document() {
        return new StructNode("Document", null);
    }

    StructNode add(String childType) {
        StructNode child = new StructNode(childType, this);
        children.add(child);
        return child;
    }

    StructNode withAlt(String text) {
        this.alt = text;
        return this;
    }

    StructNode withScope(String value) {
        this.scope = value;
        return this;
    }

    /** A Link's target; the emitter adds a link annotation for every piece of text drawn for this node. */
    StructNode withUri(String target) {
        this.uri = target;
        return this;
    }

    /** A Link inside this document: the 1-based page it goes to (a booklet's table of contents). */
    StructNode withTargetPage(int page) {
        this.targetPage = page;
        return this;
    }

    int targetPage() {
        return targetPage;
    }

    String uri() {
        return uri;
    }

    String type() {
        return type;
    }

    StructNode parent() {
        return parent;
    }

    List<StructNode> children() {
        return children;
    }

    String alt() {
        return alt;
    }

    String scope() {
        return scope;
    }
}
