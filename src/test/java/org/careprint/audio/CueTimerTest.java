package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Captions cut from the voice's timing of a whole sentence. */
class CueTimerTest {
    private static final int RATE = 16000;

    private static Speech speech(int length, Object... phoneEnds) {
        List<Speech.Phone> phones = new java.util.ArrayList<>();
        for (int i = 0; i < phoneEnds.length; i += 2) {
            phones.add(new Speech.Phone((String) phoneEnds[i], (Integer) phoneEnds[i + 1]));
        }
        return new Speech(new Pcm(new short[length], RATE), phones);
    }

    @Test
    void oneCueSpansTheWholeUtterance() {
        List<int[]> spans = CueTimer.spans(List.of("Hello there."), speech(8000));
        assertEquals(1, spans.size());
        assertArrayEquals(new int[] {0, 8000}, spans.get(0));
    }

    @Test
    void aCutAtACommaGoesIntoTheVoicesPause() {
        // "big cat, red dog." — b ih g k ae t pau r eh d d ao g
        Speech s = speech(16000, "b", 1000, "ih", 2000, "g", 3000, "k", 4000, "ae", 5000, "t", 6000, "pau", 9000,
                "r", 10000, "eh", 11000, "d", 12000, "d", 13000, "ao", 14000, "g", 16000);
        List<int[]> spans = CueTimer.spans(List.of("big cat,", "red dog."), s);
        assertArrayEquals(new int[] {0, 6000}, spans.get(0), "ends where the pause starts");
        assertArrayEquals(new int[] {9000, 16000}, spans.get(1), "starts where the pause ends");
    }

    @Test
    void withoutAPauseTheCutFollowsTheSyllablesToAConsonantBoundary() {
        // "big cat red dog" with no pause: the cut after "cat" falls after the second vowel's word.
        Speech s = speech(12000, "b", 1000, "ih", 2000, "g", 3000, "k", 4000, "ae", 5000, "t", 6000,
                "r", 7000, "eh", 8000, "d", 9000, "d", 10000, "ao", 11000, "g", 12000);
        List<int[]> spans = CueTimer.spans(List.of("big cat", "red dog"), s);
        assertEquals(spans.get(0)[1], spans.get(1)[0], "touching cues");
        assertTrue(spans.get(0)[1] >= 5000 && spans.get(0)[1] <= 6000, "between ae and r: " + spans.get(0)[1]);
    }

    @Test
    void withoutPhonesCutsAreProportionalToSyllables() {
        List<int[]> spans = CueTimer.spans(List.of("one", "two three four"), speech(4000));
        assertArrayEquals(new int[] {0, 1000}, spans.get(0));
        assertArrayEquals(new int[] {1000, 4000}, spans.get(1));
        assertEquals(6, CueTimer.syllables("metastases are here"), "4 + 1 + 1: a silent final e is no syllable");
    }
}
