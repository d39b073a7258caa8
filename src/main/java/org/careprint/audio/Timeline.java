package org.careprint.audio;

import java.util.List;

/**
 * Where each phrase and chapter of an audio edition lies, in samples of the edition's own rate: the one source the
 * WebVTT captions, the ID3 chapters and later outputs (a read-along, a podcast chapter file) are all written from.
 *
 * @param sampleRate samples per second of the audio the positions refer to
 * @param length     samples in the whole programme
 * @param cues       the spoken phrases in order, as written on the page
 * @param chapters   navigable sections in order; each starts at its first cue
 */
public record Timeline(int sampleRate, long length, List<Cue> cues, List<Chapter> chapters) {
    public Timeline {
        cues = List.copyOf(cues);
        chapters = List.copyOf(chapters);
    }

    /** A transcript cue: the written phrase and where its speech lies, {@code [start, end)} in samples. */
    public record Cue(String text, long start, long end) {
    }

    /** A navigable section, {@code [start, end)} in samples: to the next chapter's start, the last to the end. */
    public record Chapter(String title, long start, long end) {
    }

    /** Whole milliseconds at a sample position (rounded down), as captions and ID3 chapter frames write them. */
    public long millis(long sample) {
        return sample * 1000 / sampleRate;
    }

    public double seconds(long sample) {
        return sample / (double) sampleRate;
    }

    public double seconds() {
        return seconds(length);
    }
}
