package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.Mp3File;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voice seam: another engine at another sample rate, and captions and chapters written from the timeline. */
class VoiceSeamTest {
    @TempDir
    Path dir;

    /** A test voice: a 220 Hz tone, 0.25 s per word at stretch 1, at any sample rate. */
    static final class ToneVoice implements SpeechEngine {
        private final int rate;

        ToneVoice(int rate) {
            this.rate = rate;
        }

        static SpeechEngine.Choice at(int rate) {
            return new SpeechEngine.Choice("tone" + rate, "test 1", () -> new ToneVoice(rate));
        }

        @Override
        public String name() {
            return "tone" + rate;
        }

        @Override
        public String version() {
            return "test 1";
        }

        @Override
        public int sampleRate() {
            return rate;
        }

        @Override
        public Pcm synthesize(String text, float stretch) {
            short[] s = new short[(int) (Words.count(text) * 0.25 * stretch * rate)];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) (8000 * Math.sin(2 * Math.PI * 220 * i / rate));
            }
            return new Pcm(s, rate);
        }
    }

    private static AudioOptions options(String format) {
        return new AudioOptions(format, 150, 40, "Test Clinic", List.of());
    }

    @Test
    void wavAtTheVoicesRateAndCaptionsFromTheTimeline() throws Exception {
        AudioRenderer renderer = new AudioRenderer(options("wav"), ToneVoice.at(22050));
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        AudioResult r = renderer.render(Fixtures.small(), Fixtures.review(), audio, text);
        Timeline t = r.timeline();
        assertEquals(22050, t.sampleRate());
        assertEquals("tone22050 (test 1)", r.voice());
        ByteBuffer wav = ByteBuffer.wrap(audio.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(22050, wav.getInt(24), "WAV header carries the voice's rate");
        assertEquals(t.length() * 2, wav.getInt(40), "WAV data is the whole timeline");
        assertEquals(t.seconds(), r.durationSeconds(), 1e-9);
        assertEquals(t.chapters().size(), r.chapterCount());
        List<AudioRendererTest.Cue> cues = AudioRendererTest.parseVtt(text.toString(StandardCharsets.UTF_8));
        assertEquals(t.cues().size(), cues.size());
        for (int i = 0; i < cues.size(); i++) {
            assertEquals(t.millis(t.cues().get(i).start()), cues.get(i).startMs());
            assertEquals(t.millis(t.cues().get(i).end()), cues.get(i).endMs());
            assertEquals(t.cues().get(i).text(), String.join(" ", cues.get(i).lines()));
        }
        double words = renderer.script(Fixtures.small(), Fixtures.review()).spokenWords();
        assertEquals(150, words * 60 / (t.seconds() - Pauses.LEAD_IN - Pauses.TAIL), 15, "rate holds for any voice");
    }

    @Test
    void mp3ChaptersAtAnotherRateComeFromTheTimeline() throws Exception {
        AudioRenderer renderer = new AudioRenderer(options("mp3"), ToneVoice.at(24000));
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        AudioResult r = renderer.render(Fixtures.small(), Fixtures.review(), audio, new ByteArrayOutputStream());
        Timeline t = r.timeline();
        Path file = Files.write(dir.resolve("tone.mp3"), audio.toByteArray());
        Mp3File mp3 = new Mp3File(file.toString());
        assertEquals(24000, mp3.getSampleRate());
        List<ID3v2ChapterFrameData> chapters = mp3.getId3v2Tag().getChapters();
        assertEquals(t.chapters().size(), chapters.size());
        for (int i = 0; i < chapters.size(); i++) {
            assertEquals(t.millis(t.chapters().get(i).start()), chapters.get(i).getStartTime());
            assertEquals(t.millis(t.chapters().get(i).end()), chapters.get(i).getEndTime());
        }
        assertEquals(t.seconds() * 1000, mp3.getLengthInMilliseconds(), 150);
    }

    @Test
    void fingerprintNamesTheVoiceLexiconAndOptions() {
        String kevin = new AudioRenderer(options("mp3")).fingerprint();
        assertTrue(kevin.contains("kevin16 (FreeTTS 1.2.2)"), kevin);
        assertTrue(kevin.contains(new AudioRenderer(options("mp3")).lexiconFingerprint()), kevin);
        assertEquals(kevin, new AudioRenderer(options("mp3")).fingerprint(), "stable");
        assertNotEquals(kevin, new AudioRenderer(options("mp3"), ToneVoice.at(16000)).fingerprint());
        assertNotEquals(kevin, new AudioRenderer(options("wav")).fingerprint());
        assertNotEquals(kevin, new AudioRenderer(new AudioOptions("mp3", 120, 40, "Test Clinic", List.of()))
                .fingerprint());
    }
}
