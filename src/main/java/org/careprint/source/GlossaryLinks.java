package org.careprint.source;

import java.util.Locale;

/**
 * Links that point into a glossary or dictionary mark the linked words as a glossary term, on any site:
 * NCI's popDefinition pop-ups and /def/ pages, healthcare.gov's /glossary/, MedlinePlus's /ency/
 * encyclopedia, and any other /glossary/ or /dictionary/ path.
 */
final class GlossaryLinks {
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile(
            "(?:glossary|dictionary|dictionaries/[a-z-]+|/ency/article|/ency|/def)/[^/?#\\s]+");
    private GlossaryLinks() {
    }

    static boolean isGlossaryHref(String href) {
        if (href == null || href.isBlank()) {
            return false;
        }
        String h = href.toLowerCase(Locale.ROOT);
        // A link to a glossary's own index page ("/glossary/") is navigation, not a term: a term link names
        // an entry after the folder (or in a query, for NCI's pop-ups).
        return h.startsWith("glossary:") || h.contains("popdefinition") || h.contains("cdr0000")
                || ENTRY.matcher(h).find();
    }
}
