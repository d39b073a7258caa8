package org.careprint.audio;

/**
 * Finds speech inside a voice's output: its own edge silence is cut (the renderer inserts the pauses) and a short
 * margin kept so consonant onsets and releases are not clipped. Shared by every {@link SpeechEngine}.
 */
final class EdgeTrim {
    /** Samples quieter than this (about −44 dBFS) count as silence. */
    private static final int SILENCE = 200;
    private static final int MARGIN_BEFORE_MS = 20;
    private static final int MARGIN_AFTER_MS = 40;

    private EdgeTrim() {
    }

    /** Seconds kept around trimmed speech. */
    static double paddingSeconds() {
        return (MARGIN_BEFORE_MS + MARGIN_AFTER_MS) / 1000.0;
    }

    /** {@code [from, to)} of the samples to keep; {@code [0, 0)} when all is silence. */
    static int[] bounds(short[] s, int sampleRate) {
        int first = 0;
        while (first < s.length && Math.abs(s[first]) < SILENCE) {
            first++;
        }
        if (first == s.length) {
            return new int[] {0, 0};
        }
        int last = s.length - 1;
        while (last > first && Math.abs(s[last]) < SILENCE) {
            last--;
        }
        int from = Math.max(0, first - sampleRate * MARGIN_BEFORE_MS / 1000);
        int to = Math.min(s.length, last + 1 + sampleRate * MARGIN_AFTER_MS / 1000);
        return new int[] {from, to};
    }
}
