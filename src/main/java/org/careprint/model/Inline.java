package org.careprint.model;

import java.util.List;

/** Inline content of a block. */
public sealed interface Inline permits Inline.Text, Inline.Term, Inline.Emphasis {

    /** The characters a reader sees, without markup. */
    String plainText();

    record Text(String text) implements Inline {
        @Override
        public String plainText() {
            return text;
        }
    }

    /**
     * A phrase the page marks as a glossary term.
     *
     * @param text       the words as written on the page ("lymph nodes")
     * @param key        the glossary headword it binds to (initially the text; the glossary stage canonicalizes it)
     * @param definition the definition in force for this page, or null while unbound / undefined
     * @param exact      true when the markup gives the term's full extent (Markdown link, HTML element);
     *                   false for scraped {@code info-icon} markers, which only mark the term's last word, so
     *                   the glossary stage may extend the term backwards over preceding words
     * @param pageDefined true when the definition came from the page itself (HTML title/data-definition)
     */
    record Term(String text, String key, String definition, boolean exact, boolean pageDefined) implements Inline {
        public Term(String text, boolean exact) {
            this(text, text, null, exact, false);
        }

        @Override
        public String plainText() {
            return text;
        }

        public boolean defined() {
            return definition != null && !definition.isBlank();
        }

        public Term bound(String newText, String newKey, String newDefinition) {
            return new Term(newText, newKey, newDefinition, exact, pageDefined);
        }
    }

    /** Emphasized content; always rendered bold (never italic or underlined). */
    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }

        @Override
        public String plainText() {
            return Inlines.plainText(content);
        }
    }
}
