package org.careprint.print;

/**
 * A piece of inline text in one weight. {@code termKey} is the lower-case glossary key when the text is
 * (part of) a marked term, so pagination can record the page of its first use; null otherwise.
 */
record Span(String text, boolean bold, String termKey) {
    static Span plain(String text) {
        return new Span(text, false, null);
    }

    static Span strong(String text) {
        return new Span(text, true, null);
    }

    Span withText(String newText) {
        return new Span(newText, bold, termKey);
    }
}
