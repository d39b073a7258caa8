package org.careprint.glossary;

import java.util.Optional;

/**
 * An outside dictionary the binder may ask for terms no glossary defines (opt-in: {@code --dictionary}).
 * Implementations must be thread-safe; they never throw for a missing or unreachable term.
 */
public interface Dictionary {
    /** No outside dictionary: every answer is empty. */
    Dictionary NONE = (term, ref) -> Optional.empty();

    /**
     * The definition of {@code term}; {@code ref} is the page's own link for it (an address or id), or null.
     */
    Optional<Definition> define(String term, String ref);

    /** Why the dictionary cannot answer right now ("offline: …"), or null when it can. */
    default String unavailableReason() {
        return null;
    }

    /** A definition and the headword the dictionary files it under. */
    record Definition(String headword, String text, String source) {
    }
}
