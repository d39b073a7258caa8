package org.careprint.glossary;

import java.util.List;

/** One glossary headword with its plain-language definition and other forms that mean the same. */
public record GlossaryEntry(String term, String definition, List<String> aliases) {
    public GlossaryEntry {
        aliases = List.copyOf(aliases);
    }
}
