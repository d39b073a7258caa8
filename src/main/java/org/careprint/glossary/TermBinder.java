package org.careprint.glossary;

import org.careprint.model.Handout;

/**
 * Binds every Term of a handout to a definition (page definition &gt; glossary), extending scraped
 * info-icon markers backwards to the longest known term that ends at the marker.
 */
public final class TermBinder {
    private TermBinder() {
    }

    public static Handout bind(Handout handout, Glossary glossary) {
        throw new UnsupportedOperationException("TODO glossary helper");
    }

    /** --auto-terms: in a handout with no markers at all, mark the first use of each known term. */
    public static Handout markFirstUses(Handout handout, Glossary glossary) {
        throw new UnsupportedOperationException("TODO glossary helper");
    }
}
