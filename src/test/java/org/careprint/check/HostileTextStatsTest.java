package org.careprint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The readability word counter on hostile tokens (issue 15): no stack overflow, same counts. */
class HostileTextStatsTest {
    @Test
    void longHyphenatedTokenIsOneWord() {
        String token = String.join("-", Collections.nCopies(3_000, "ab"));
        SentenceScore s = TextStats.score("A " + token + " word.", 1);
        assertEquals(3, s.words());
    }

    @Test
    void wordsStillCountedAsBefore() {
        assertEquals(3, TextStats.score("HER2-positive tumors don't", 1).words());
        assertEquals(3, TextStats.score("Call 555-1234 at 10-15% now", 1).words());
    }
}
