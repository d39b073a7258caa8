package org.careprint.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to cut a programme so its MP3 can be encoded in pieces (on several cores) and the pieces simply
 * concatenated, with every sample still playing at the time it has in the track.
 *
 * <p>A fresh LAME stream for {@code n} samples emits {@link #frameSamples(int)} samples' worth of frames: its
 * encoder delay, the input, then padding. So after pieces covering {@code E} samples of frames, the next piece's
 * first input sample plays at {@code E} (plus the constant delay every stream shares) — exactly where track
 * sample {@code E} plays in a single stream. We therefore start each piece at track sample {@code E}, which lies
 * past the cut: the 72–108 ms skipped are inside an inserted pause (digital zeros), so nothing audible is lost
 * and cue and chapter times stay exact. Cuts depend only on the track, never on the number of threads, so the
 * file is byte-identical however it is encoded.
 */
final class Mp3Segments {
    /** MPEG-2 Layer III (16 kHz) frames carry 576 samples. */
    static final int FRAME = 576;
    /** Pieces shorter than this many seconds are not worth a fresh encoder. */
    static final int MIN_PIECE_SECONDS = 30;

    /** Input samples {@code [from, to)} of one piece. */
    record Piece(int from, int to) {
    }

    private Mp3Segments() {
    }

    /** Samples covered by the frames LAME emits for {@code n} input samples (measured for jump3r 1.0.5, checked). */
    static long frameSamples(int n) {
        return (long) FRAME * ((n + FRAME - 1) / FRAME + 2);
    }

    /** Samples kept clear of speech on both sides of a cut (0.1 s). */
    static int guard(int sampleRate) {
        return sampleRate / 10;
    }

    /** The pieces for a track of {@code length} samples with the given zero runs ({start, length}). */
    static List<Piece> plan(int length, List<int[]> silences, int sampleRate) {
        int minPiece = sampleRate * MIN_PIECE_SECONDS;
        int guard = guard(sampleRate);
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int[] run : silences) {
            int cut = run[0] + guard;
            int runEnd = run[0] + run[1];
            if (cut - from < minPiece || length - runEnd < minPiece) {
                continue;
            }
            long next = from + frameSamples(cut - from);
            if (next > runEnd - guard) {
                continue; // the pause is too short to absorb this piece's padding
            }
            pieces.add(new Piece(from, cut));
            from = (int) next;
        }
        pieces.add(new Piece(from, length));
        return pieces;
    }
}
