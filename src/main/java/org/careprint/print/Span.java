package org.careprint.print;

/**
 * A piece of inline text in one weight. {@code termKey} is the lower-case glossary key when the text is
 * (part of) a marked term, so pagination can record the page of its first use; null otherwise.
 * {@code boxed}: the first use of a glossary term, drawn bold inside a thin frame (an Artifact) so it
 * differs from page emphasis, which is bold only. {@code node}: the structure element this text belongs
 * to when it is not the line's own (a Link or Span inside a paragraph, the Lbl or LBody of a glossary
 * entry); null means the line's node.
 */
record Span(String text, boolean bold, String termKey, boolean boxed, StructNode node) {
    Span(String text, boolean bold, String termKey) {
        this(text, bold, termKey, false, null);
    }

    static Span plain(String text) {
        return new Span(text, false, null);
    }

    static Span strong(String text) {
        return new Span(text, true, null);
    }

    Span withText(String newText) {
        return new Span(newText, bold, termKey, boxed, node);
    }

    Span bolded() {
        return new Span(text, true, termKey, boxed, node);
    }

    Span withNode(StructNode newNode) {
        return new Span(text, bold, termKey, boxed, newNode);
    }

    /** Same look and same structure element: neighbours that may be drawn as one run. */
    boolean sameRun(Span other) {
        return bold == other.bold && boxed == other.boxed && node == other.node
                && java.util.Objects.equals(termKey, other.termKey);
    }
}
