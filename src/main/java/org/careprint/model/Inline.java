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
     *                   the glossary stage finds where the term starts
     * @param pageDefined true when the definition came from the page itself (HTML title/data-definition)
     * @param ref        the page's own dictionary link for the term (an address or id), or null
     * @param binding    how the glossary stage bound the term; null before binding
     */
    record Term(String text, String key, String definition, boolean exact, boolean pageDefined, String ref,
                TermBinding binding) implements Inline {
        public Term(String text, boolean exact) {
            this(text, text, null, exact, false, null, null);
        }

        public Term(String text, String key, String definition, boolean exact, boolean pageDefined) {
            this(text, key, definition, exact, pageDefined, null, null);
        }

        @Override
        public String plainText() {
            return text;
        }

        public boolean defined() {
            return definition != null && !definition.isBlank();
        }

        /** The same term carrying the page's dictionary link (address or id). */
        public Term withRef(String newRef) {
            return new Term(text, key, definition, exact, pageDefined, newRef, binding);
        }

        public Term bound(String newText, String newKey, String newDefinition, TermBinding newBinding) {
            return new Term(newText, newKey, newDefinition, exact, pageDefined, ref, newBinding);
        }

        /** The headword "Words to know" shows: the binding's label, else the key, else the text. */
        public String label() {
            if (binding != null && binding.label() != null && !binding.label().isBlank()) {
                return binding.label();
            }
            return (key == null || key.isBlank() ? text : key).strip();
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
