package org.careprint.glossary;

import java.util.List;

/**
 * One glossary headword with its plain-language definition and other forms that mean exactly the same.
 *
 * @param term       the headword
 * @param definition the definition, or null for an entry that only points at a {@code broader} entry
 * @param aliases    other forms with the same meaning (spellings, abbreviations, brand names)
 * @param category   the area a clinician reviews it under (built-in entries always have one), or null
 * @param broader    the headword of a broader entry ("pitting edema" → "edema"), or null; an entry without
 *                   a definition borrows the broader entry's, printed as "a kind of …"
 * @param origin     {@code built-in} or {@code glossary-file}
 */
public record GlossaryEntry(String term, String definition, List<String> aliases, String category, String broader,
                            String origin) {
    public static final String BUILT_IN = "built-in";
    public static final String FILE = "glossary-file";

    public GlossaryEntry {
        aliases = List.copyOf(aliases);
    }

    public GlossaryEntry(String term, String definition, List<String> aliases) {
        this(term, definition, aliases, null, null, FILE);
    }

    public boolean hasDefinition() {
        return definition != null && !definition.isBlank();
    }

    GlossaryEntry withOrigin(String newOrigin) {
        return new GlossaryEntry(term, definition, aliases, category, broader, newOrigin);
    }

    GlossaryEntry withAliases(List<String> newAliases) {
        return new GlossaryEntry(term, definition, newAliases, category, broader, origin);
    }
}
