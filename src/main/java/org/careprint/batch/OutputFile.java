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
 */
public record OutputFile(String role, String path, long bytes, String label, String summary,
                         Map<String, Number> figures) {
    public OutputFile {
        figures = figures == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** A figure as a number, or null when this output does not report it. */
    public Number figure(String name) {
        return figures.get(name);
    }
}
