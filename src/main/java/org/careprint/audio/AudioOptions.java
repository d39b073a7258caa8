package org.careprint.audio;

import java.nio.file.Path;
import java.util.List;

/**
 * @param format            "mp3" or "wav"
 * @param wordsPerMinute    measured speaking rate (default 150)
 * @param bitrateKbps       MP3 bitrate (default 40)
 * @param organization      ID3 artist, or null
 * @param lexicons          extra PLS lexicon files (--lexicon)
 * @param synthesisThreads  voices speaking one programme in parallel (1–{@value #MAX_SYNTHESIS_THREADS}; the
 *                          output is byte-identical for any value). A batch sets more than 1 only when it has
 *                          spare cores, i.e. fewer documents in flight than jobs; each extra voice costs ~15 MB.
 */
public record AudioOptions(String format, int wordsPerMinute, int bitrateKbps, String organization,
                           List<Path> lexicons, int synthesisThreads) {
    /** More voices than this only add memory: synthesis is ~40 % of the audio stage, MP3 encoding the rest. */
    public static final int MAX_SYNTHESIS_THREADS = 4;

    /** One synthesis thread (the caller's). */
    public AudioOptions(String format, int wordsPerMinute, int bitrateKbps, String organization, List<Path> lexicons) {
        this(format, wordsPerMinute, bitrateKbps, organization, lexicons, 1);
    }

    public static AudioOptions defaults() {
        return new AudioOptions("mp3", 150, 40, null, List.of());
    }

    /** These options with {@code n} synthesis threads (clamped to 1–{@value #MAX_SYNTHESIS_THREADS}). */
    public AudioOptions withSynthesisThreads(int n) {
        return new AudioOptions(format, wordsPerMinute, bitrateKbps, organization, lexicons,
                Math.max(1, Math.min(MAX_SYNTHESIS_THREADS, n)));
    }
}
