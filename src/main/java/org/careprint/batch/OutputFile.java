package org.careprint.batch;

/**
 * One written output, as listed in report.json.
 *
 * @param path            relative to the output folder
 * @param pages           PDF page count, else null
 * @param durationSeconds audio duration, else null
 * @param chapters        audio chapter count, else null
 */
public record OutputFile(String path, long bytes, Integer pages, Double durationSeconds, Integer chapters) {
    public static OutputFile plain(String path, long bytes) {
        return new OutputFile(path, bytes, null, null, null);
    }
}
