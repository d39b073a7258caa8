package org.careprint.batch;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns an input file name into a safe output stem: lower-case ASCII letters, digits, '-' and '_' only,
 * so an output can never contain a path separator, "..", a hidden-file dot or a reserved character,
 * and names that differ only in case (which collide on some file systems) are detected as conflicts.
 */
public final class OutputNames {
    private static final int MAX_LENGTH = 100;

    private OutputNames() {
    }

    public static String stemOf(String fileName) {
        String stem = fileName;
        int dot = stem.lastIndexOf('.');
        if (dot > 0) {
            stem = stem.substring(0, dot);
        }
        return sanitize(stem);
    }

    public static String sanitize(String raw) {
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String safe = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH).replaceAll("[-_]+$", "");
        }
        return safe.isEmpty() ? "document" : safe;
    }
}
