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
 * @param loudnessLufs    audio integrated loudness measured on the written file, else null
 * @param truePeakDbtp    audio true peak measured on the written file, else null
 * @param speechWpm       audio words per minute while speaking (pauses left out), else null
 * @param overallWpm      audio words per minute over the programme, else null
 */
public record OutputFile(String path, long bytes, Integer pages, Double durationSeconds, Integer chapters,
                         Integer bodyPages, Integer glossaryPages, Double loudnessLufs, Double truePeakDbtp,
                         Double speechWpm, Double overallWpm) {
    public OutputFile(String path, long bytes, Integer pages, Double durationSeconds, Integer chapters) {
        this(path, bytes, pages, durationSeconds, chapters, null, null, null, null, null, null);
    }

    public static OutputFile plain(String path, long bytes) {
        return new OutputFile(path, bytes, null, null, null);
    }
}
