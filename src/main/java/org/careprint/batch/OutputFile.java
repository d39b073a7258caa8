package org.careprint.batch;

/**
 * One written output, as listed in report.json.
 *
 * @param path            relative to the output folder
 * @param pages           PDF page count, else null
 * @param durationSeconds audio duration, else null
 * @param chapters        audio chapter count, else null
 * @param bodyPages       PDF pages up to the end of the handout's body (the page "Words to know" starts on
 *                        when it shares it), else null
 * @param glossaryPages   PDF pages after those, holding only "Words to know", else null
 */
public record OutputFile(String path, long bytes, Integer pages, Double durationSeconds, Integer chapters,
                         Integer bodyPages, Integer glossaryPages) {
    public OutputFile(String path, long bytes, Integer pages, Double durationSeconds, Integer chapters) {
        this(path, bytes, pages, durationSeconds, chapters, null, null);
    }

    public static OutputFile plain(String path, long bytes) {
        return new OutputFile(path, bytes, null, null, null);
    }
}
