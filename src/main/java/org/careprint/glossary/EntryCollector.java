package org.careprint.glossary;

import org.careprint.model.CarePrintException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers entries read from one glossary file, checking each as it arrives so an error can name the
 * file and the place ("line 12") where the problem is.
 */
final class EntryCollector {
    private String source;
    private final List<GlossaryEntry> entries = new ArrayList<>();
    private final Map<String, String> keyOwners = new HashMap<>();

    EntryCollector(String source) {
        this.source = source;
    }

    /** Names the file whose entries come next, for error messages. */
    void source(String newSource) {
        this.source = newSource;
    }

    /** Adds one entry; {@code where} is a human place such as "line 12". */
    void add(String term, String definition, List<String> aliases, String where) {
        add(term, definition, aliases, null, null, where);
    }

    /**
     * Adds one entry with its review category and broader link; an entry may leave out its definition only
     * when it names a broader entry whose definition it borrows.
     */
    void add(String term, String definition, List<String> aliases, String category, String broader, String where) {
        String cleanTerm = clean(term);
        if (cleanTerm.isEmpty()) {
            throw fail(where, "an entry has no term");
        }
        String cleanDefinition = clean(definition);
        String cleanBroader = clean(broader);
        if (cleanDefinition.isEmpty() && cleanBroader.isEmpty()) {
            throw fail(where, "term \"" + cleanTerm + "\" has no definition (give one, or a broader term it is a kind of)");
        }
        if (!cleanBroader.isEmpty() && PhraseNormalizer.normalize(cleanBroader).equals(PhraseNormalizer.normalize(cleanTerm))) {
            throw fail(where, "term \"" + cleanTerm + "\" names itself as its broader term");
        }
        List<String> cleanAliases = new ArrayList<>();
        for (String alias : aliases) {
            String a = clean(alias);
            if (!a.isEmpty() && !cleanAliases.contains(a)) {
                cleanAliases.add(a);
            }
        }
        List<String> forms = new ArrayList<>();
        forms.add(cleanTerm);
        forms.addAll(cleanAliases);
        List<String> ownKeys = new ArrayList<>();
        for (String form : forms) {
            String key = PhraseNormalizer.normalize(form);
            if (key.isEmpty()) {
                throw fail(where, "term \"" + cleanTerm + "\" has an alias with no letters or digits: \"" + form + "\"");
            }
            if (ownKeys.contains(key)) {
                continue; // "HER2" and "her2" are the same form of one entry
            }
            String owner = keyOwners.get(key);
            if (owner != null) {
                throw fail(where, "\"" + form + "\" is listed twice (already used by \"" + owner
                        + "\"); keep it under one term");
            }
            ownKeys.add(key);
        }
        ownKeys.forEach(k -> keyOwners.put(k, cleanTerm));
        String cleanCategory = clean(category);
        entries.add(new GlossaryEntry(cleanTerm, cleanDefinition.isEmpty() ? null : cleanDefinition, cleanAliases,
                cleanCategory.isEmpty() ? null : cleanCategory, cleanBroader.isEmpty() ? null : cleanBroader,
                GlossaryEntry.FILE));
    }

    List<GlossaryEntry> entries() {
        if (entries.isEmpty()) {
            throw new CarePrintException("Glossary " + source + " has no entries; add at least one term and definition.");
        }
        return List.copyOf(entries);
    }

    CarePrintException fail(String where, String what) {
        return new CarePrintException("Glossary " + source + (where.isEmpty() ? "" : " " + where) + ": " + what + ".");
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
