package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Audio text is bounded before synthesis (issue 15): combining-mark runs, long tokens, lone surrogates. */
class HostileSpeechTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void combiningMarkRunIsCutAndSpoken() {
        String spoken = normalizer.normalize("Hello a" + "\u0301".repeat(5_000) + " there.");
        assertTrue(spoken.length() < 40, spoken);
        assertTrue(spoken.startsWith("Hello") && spoken.endsWith("there."), spoken);
        assertFalse(new FreeTtsVoice().phones(spoken).isEmpty());
    }

    @Test
    void composedAccentsAreKept() {
        assertEquals("caf\u00e9", SpeechGuard.before("cafe\u0301"));
    }

    @Test
    void longTokenIsBrokenAndSpoken() {
        String spoken = normalizer.normalize("A " + String.join("-", Collections.nCopies(3_000, "ab")) + " word.");
        for (String token : spoken.split(" ")) {
            assertTrue(token.length() <= SpeechGuard.MAX_TOKEN, token);
        }
        assertFalse(new FreeTtsVoice().phones(spoken).isEmpty());
    }

    @Test
    void runsOfBracketsAndLongNumbersAreSpoken() {
        for (String hostile : new String[] {"[".repeat(100_000), "1,000".repeat(5_000), "a@b" + ".c".repeat(5_000)}) {
            String spoken = normalizer.normalize("Start " + hostile + " end.");
            assertTrue(spoken.startsWith("Start") && spoken.endsWith("end."), () -> spoken.substring(0, Math.min(60, spoken.length())));
        }
    }

    @Test
    void loneSurrogatesBecomeSpaces() {
        assertEquals("a b c", SpeechGuard.lonelySurrogatesToSpace("a\uD800b\uDC00c"));
        assertEquals("\uD83D\uDE00", SpeechGuard.lonelySurrogatesToSpace("\uD83D\uDE00"));
    }

    @Test
    void anInterruptedRenderStopsInsteadOfSynthesizingThePage() throws Exception {
        // --doc-timeout interrupts a document's thread and gives up on it; the renderer must then stop, not go on.
        List<org.careprint.model.Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            blocks.add(new org.careprint.model.Block.Paragraph(org.careprint.model.Inlines.text(
                    "This is sentence number " + i + " of a page that takes a long time to read aloud."), i));
        }
        org.careprint.model.Handout big = new org.careprint.model.Handout(Fixtures.small().metadata(), blocks);
        AudioRenderer renderer = new AudioRenderer(AudioOptions.defaults());
        renderer.phones("warm up", true); // the voice loaded first
        Throwable[] thrown = {null};
        boolean[] finished = {false};
        Thread t = new Thread(() -> {
            Thread.currentThread().interrupt(); // given up on before its audio: deterministic, unlike a timer
            try {
                renderer.render(big, Fixtures.review(), new java.io.ByteArrayOutputStream(),
                        new java.io.ByteArrayOutputStream());
                finished[0] = true;
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        long start = System.nanoTime();
        t.start();
        t.join(60_000);
        assertFalse(t.isAlive(), "the render stopped");
        assertFalse(finished[0], "it did not synthesize and encode the page");
        assertTrue(thrown[0] instanceof org.careprint.model.CarePrintException, String.valueOf(thrown[0]));
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "it stopped early");
    }
}
