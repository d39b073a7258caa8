package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Encoding in pieces: cuts inside pauses, timing kept, same bytes whatever the number of threads. */
class Mp3SegmentsTest {
    private static final int RATE = 16000;

    /** A synthetic programme: 3.2 s tone bursts separated by 0.7 s pauses, about two minutes. */
    private static AudioTrack track() {
        AudioTrack track = new AudioTrack(RATE);
        track.silence(Pauses.LEAD_IN);
        for (int i = 0; i < 30; i++) {
            if (i > 0) {
                track.silence(0.7);
            }
            short[] burst = new short[(int) (3.2 * RATE)];
            for (int s = 0; s < burst.length; s++) {
                burst[s] = (short) (8000 * Math.sin(2 * Math.PI * (200 + 20 * i) * s / RATE));
            }
            track.speech(new Pcm(burst, RATE), new Utterance("x", "x", 0, 0, null));
        }
        track.silence(Pauses.TAIL);
        return track;
    }

    @Test
    void piecesAreCutInsidePausesAndStartWhereTheEncodedFramesEnd() {
        AudioTrack track = track();
        List<int[]> silences = track.silences();
        List<Mp3Segments.Piece> pieces = Mp3Segments.plan(track.length(), silences, RATE);
        assertTrue(pieces.size() >= 3, "a two-minute programme is cut: " + pieces);
        assertEquals(0, pieces.get(0).from());
        assertEquals(track.length(), pieces.get(pieces.size() - 1).to());
        for (int i = 0; i + 1 < pieces.size(); i++) {
            Mp3Segments.Piece p = pieces.get(i);
            Mp3Segments.Piece next = pieces.get(i + 1);
            assertTrue(p.to() - p.from() >= RATE * Mp3Segments.MIN_PIECE_SECONDS);
            assertEquals(p.from() + Mp3Segments.frameSamples(p.to() - p.from()), next.from(),
                    "the next piece starts where this piece's frames end");
            int[] pause = silences.stream().filter(r -> r[0] + Mp3Segments.guard(RATE) == p.to()).findFirst().orElseThrow();
            assertTrue(next.from() <= pause[0] + pause[1] - Mp3Segments.guard(RATE), "skipped samples stay in the pause");
        }
    }

    @Test
    void piecesAddUpToTheSameFramesAsOneStream() {
        AudioTrack track = track();
        byte[] pieces = Mp3Encoder.encode(track.buffer(), track.length(), track.silences(), RATE, 40, Mp3Encoder.QUALITY);
        byte[] whole = Mp3Encoder.encode(track.buffer(), 0, track.length(), RATE, 40, Mp3Encoder.QUALITY);
        assertEquals(whole.length, pieces.length, "same number of 180-byte frames, so the same duration");
        assertEquals(Mp3Segments.frameSamples(track.length()) / Mp3Segments.FRAME * 180, whole.length);
    }

    @Test
    void sameBytesOnOneThreadOrMany() throws Exception {
        AudioTrack track = track();
        List<byte[]> results = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                results.add(pool.submit(() -> Mp3Encoder.encode(track.buffer(), track.length(), track.silences(), RATE,
                        40, Mp3Encoder.QUALITY)).get());
            } finally {
                pool.shutdown();
            }
        }
        assertArrayEquals(results.get(0), results.get(1));
    }

    @Test
    void shortProgrammesAreOnePiece() {
        assertEquals(List.of(new Mp3Segments.Piece(0, RATE * 20)),
                Mp3Segments.plan(RATE * 20, List.of(new int[] {RATE * 10, RATE}), RATE));
    }
}
