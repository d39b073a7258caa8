package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** flite's rms voice through the voice seam. Skipped with a message when flite is not installed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FliteVoiceTest {
    private SpeechEngine.Choice rms;

    /** The rms voice, or null when flite is not installed. */
    static SpeechEngine.Choice rmsOrNull() {
        try {
            return Voices.choice("rms");
        } catch (CarePrintException e) {
            return null;
        }
    }

    @BeforeAll
    void needFlite() {
        rms = rmsOrNull();
        Assumptions.assumeTrue(rms != null, "flite not installed: flite voice tests skipped (apt-get install flite; "
                + ".ci/run installs it)");
    }

    @Test
    void identityNamesTheFliteVersionForTheFingerprint() {
        assertEquals("rms", rms.name());
        assertTrue(rms.version().startsWith("flite-"), rms.version());
        String fingerprint = new AudioRenderer(AudioOptions.defaults(), rms).fingerprint();
        assertTrue(fingerprint.contains("voice rms (flite-"), fingerprint);
    }

    @Test
    void phonesAreTimedOnTheTrimmedSpeech() {
        SpeechEngine voice = rms.loader().get();
        Speech s = voice.speak("Cancer cells can spread, which is called metastasis.", 1f);
        assertEquals(16000, s.pcm().sampleRate());
        int previous = 0;
        int lastSpoken = 0;
        boolean pauseAtComma = false;
        for (Speech.Phone p : s.phones()) {
            assertTrue(p.end() >= previous, "phone ends in order");
            previous = p.end();
            lastSpoken = p.pause() ? lastSpoken : p.end();
            pauseAtComma |= p.pause() && p.end() > 0 && p.end() < s.pcm().length();
        }
        assertTrue(pauseAtComma, "flite pauses at the comma: " + s.phones());
        double gap = (s.pcm().length() - lastSpoken) / 16000.0;
        assertTrue(gap >= 0 && gap < 0.1, "the last phone ends where the kept speech does: " + gap + " s");
    }

    @Test
    void theLexiconsPhonemesAreWhatFliteSays() {
        // Every entry (about 2,700), 150 words to an utterance: "word. word. …" puts a pause between words.
        SpeechEngine flite = rms.loader().get();
        Lexicon lexicon = Lexicon.load(List.of());
        java.util.Set<String> own = flite.useLexicon(lexicon);
        List<Map.Entry<String, String>> entries = new ArrayList<>(lexicon.intendedPhonemes().entrySet());
        List<String> wrong = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += 150) {
            List<Map.Entry<String, String>> part = entries.subList(from, Math.min(entries.size(), from + 150));
            StringBuilder text = new StringBuilder();
            part.forEach(e -> text.append(lexicon.respell(e.getKey(), own)).append(". "));
            List<String> said = words(flite.speak(text.toString(), 1f).phones());
            if (said.size() != part.size()) {
                wrong.add("words " + from + "–: " + said.size() + " spoken groups for " + part.size() + " words");
                continue;
            }
            for (int i = 0; i < part.size(); i++) {
                String wanted = String.join(" ", FreeTtsLexicon.toVoicePhones(part.get(i).getValue()))
                        .replaceAll("\\d", "");
                if (!said.get(i).equals(wanted)) {
                    wrong.add(part.get(i).getKey() + ": wanted [" + wanted + "] flite says [" + said.get(i) + "]");
                }
            }
        }
        assertTrue(entries.size() >= 2500, "entries: " + entries.size());
        assertEquals(List.of(), wrong);
    }

    /** The phones between pauses, one string per spoken group. */
    private static List<String> words(List<Speech.Phone> phones) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Speech.Phone p : phones) {
            if (p.pause()) {
                if (current.length() > 0) {
                    out.add(current.toString().trim());
                    current.setLength(0);
                }
            } else {
                current.append(p.name()).append(' ');
            }
        }
        if (current.length() > 0) {
            out.add(current.toString().trim());
        }
        return out;
    }

    @Test
    void sameInputSameBytes() throws IOException {
        byte[][] mp3 = new byte[2][];
        byte[][] vtt = new byte[2][];
        for (int i = 0; i < 2; i++) {
            ByteArrayOutputStream audio = new ByteArrayOutputStream();
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            new AudioRenderer(AudioOptions.defaults(), rms).render(Fixtures.small(), Fixtures.review(), audio, text);
            mp3[i] = audio.toByteArray();
            vtt[i] = text.toByteArray();
        }
        assertArrayEquals(mp3[0], mp3[1]);
        assertArrayEquals(vtt[0], vtt[1]);
    }
}
