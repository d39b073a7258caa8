package org.careprint.glossary;

import java.nio.file.Path;
import java.util.Optional;

/** An immutable set of plain-language term definitions with aliases and singular/plural forms. */
public final class Glossary {
    /** The bundled cancer-care glossary (src/main/resources/org/careprint/glossary/builtin.yaml). */
    public static Glossary builtIn() {
        throw new UnsupportedOperationException("TODO glossary helper");
    }

    /** Loads a user glossary (.yaml/.yml or .csv); malformed files throw CarePrintException naming file and line. */
    public static Glossary load(Path file) {
        throw new UnsupportedOperationException("TODO glossary helper");
    }

    /** A glossary where entries of {@code other} add to and override this one. */
    public Glossary overlay(Glossary other) {
        throw new UnsupportedOperationException("TODO glossary helper");
    }

    /** Looks up a phrase by headword or alias, case-insensitively, trying singular/plural forms. */
    public Optional<GlossaryEntry> lookup(String phrase) {
        throw new UnsupportedOperationException("TODO glossary helper");
    }

    /** True when the word appears in any headword or alias (the spelling check must not flag it). */
    public boolean isKnownWord(String word) {
        throw new UnsupportedOperationException("TODO glossary helper");
    }

    public int size() {
        throw new UnsupportedOperationException("TODO glossary helper");
    }

    /** Stable hash of the content, for incremental rebuilds. */
    public String fingerprint() {
        throw new UnsupportedOperationException("TODO glossary helper");
    }
}
