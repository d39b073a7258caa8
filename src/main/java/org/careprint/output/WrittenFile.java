package org.careprint.output;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One file an output wrote.
 *
 * @param role    its report.json key ("pdf", "audio", "captions", "transcript")
 * @param name    the file name in the output folder
 * @param label   what the index page's download link says ("Download the captions"), or null
 * @param summary a short phrase for the progress line ("3 pages (3 body, 0 glossary)"), or null
 * @param figures numbers report.json lists for it, in order (pages, durationSeconds, loudnessLufs, …)
 */
public record WrittenFile(String role, String name, String label, String summary, Map<String, Number> figures) {
    public WrittenFile {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
