package org.careprint.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One written output, as listed in report.json under {@code outputs.ROLE}.
 *
 * @param role    the report key ("pdf", "audio", "captions", "transcript")
 * @param path    relative to the output folder
 * @param label   the index page's link text for roles it has no special layout for, or null
 * @param summary the progress line's phrase, or null
 * @param figures what the output measured (pages, durationSeconds, …), in report order
 * @param sha256  hex SHA-256 of the file's bytes (kept in the incremental state, not in report.json), or null
 */
public record OutputFile(String role, String path, long bytes, String label, String summary,
                         Map<String, Number> figures, String sha256) {
    public OutputFile {
        figures = figures == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public OutputFile(String role, String path, long bytes, String label, String summary, Map<String, Number> figures) {
        this(role, path, bytes, label, summary, figures, null);
    }

    /** A figure as a number, or null when this output does not report it. */
    public Number figure(String name) {
        return figures.get(name);
    }
}
