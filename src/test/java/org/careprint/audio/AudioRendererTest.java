package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.Mp3File;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.CarePrintException;
import org.careprint.model.Handout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Renders small handouts for real and reads the audio back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AudioRendererTest {
    private AudioRenderer mp3;
    private byte[] mp3Bytes;
    private String vtt;
    private AudioResult result;
    @TempDir
    Path dir;

    record Cue(long startMs, long endMs, List<String> lines) {
    }

    @BeforeAll
    void renderOnce() throws IOException {
        mp3 = new AudioRenderer(new AudioOptions("mp3", 150, 40, "Test Clinic", List.of()));
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream original = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            result = mp3.render(Fixtures.small(), Fixtures.review(), audio, text);
        } finally {
            System.setOut(original);
        }
        assertEquals("", stdout.toString(StandardCharsets.UTF_8), "nothing may reach stdout");
        mp3Bytes = audio.toByteArray();
        vtt = text.toString(StandardCharsets.UTF_8);
    }

    private Mp3File mp3File(byte[] bytes) throws Exception {
        Path file = Files.createTempFile(dir, "a", ".mp3");
        Files.write(file, bytes);
        return new Mp3File(file.toString());
    }

    static List<Cue> parseVtt(String vtt) {
        String[] blocks = vtt.split("\n\n");
        assertEquals("WEBVTT", blocks[0]);
        List<Cue> cues = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            String[] lines = blocks[i].split("\n");
            String[] times = lines[0].split(" --> ");
            cues.add(new Cue(ms(times[0]), ms(times[1]), List.of(lines).subList(1, lines.length)));
        }
        return cues;
    }

    static long ms(String t) {
        String[] p = t.split("[:.]");
        return ((Long.parseLong(p[0]) * 60 + Long.parseLong(p[1])) * 60 + Long.parseLong(p[2])) * 1000
                + Long.parseLong(p[3]);
    }

    @Test
    void durationMatchesWordCountAtRequestedRate() throws Exception {
        int words = mp3.script(Fixtures.small(), Fixtures.review()).spokenWords();
        double programme = result.durationSeconds() - Pauses.LEAD_IN - Pauses.TAIL;
        double expected = words * 60.0 / 150;
        assertEquals(expected, programme, expected * 0.10, "words=" + words);
        long mp3Ms = mp3File(mp3Bytes).getLengthInMilliseconds();
        assertEquals(result.durationSeconds() * 1000, mp3Ms, 150, "MP3 frames carry the whole programme");
    }

    @Test
    void mp3IsLoudnessNormalizedUnderTheTruePeakCeiling() throws Exception {
        // Our own reading of the encoded file (decoded again) ...
        assertEquals(-19, result.loudnessLufs(), 0.3);
        assertTrue(result.truePeakDbtp() <= -1.0, "true peak " + result.truePeakDbtp());
        // ... and ffmpeg's, the measure the issue names, when it is installed.
        Path file = Files.createTempFile(dir, "loud", ".mp3");
        Files.write(file, mp3Bytes);
        Ffmpeg.Ebur128 e = Ffmpeg.ebur128(file);
        Assumptions.assumeTrue(e != null, "ffmpeg not installed: ebur128 cross-check skipped (.ci/run installs it)");
        assertEquals(-19, e.integratedLufs(), 1.0, "ffmpeg ebur128 integrated");
        assertTrue(e.truePeakDbtp() <= -1.0, "ffmpeg ebur128 true peak " + e.truePeakDbtp());
        assertEquals(e.integratedLufs(), result.loudnessLufs(), 0.2, "our measure agrees with ffmpeg's");
    }

    @Test
    void louderTargetIsFollowed() throws Exception {
        AudioRenderer loud = new AudioRenderer(new AudioOptions("mp3", 150, 40, null, List.of(), -16, false, "inline"));
        AudioResult r = loud.render(Fixtures.small(), Fixtures.review(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        assertEquals(-16, r.loudnessLufs(), 0.3);
        assertTrue(r.truePeakDbtp() <= -1.0, "true peak " + r.truePeakDbtp());
    }

    @Test
    void chaptersArePresentOrderedTitledAndAgreeWithTranscript() throws Exception {
        Mp3File file = mp3File(mp3Bytes);
        ID3v2 tag = file.getId3v2Tag();
        assertEquals("4.0", tag.getVersion());
        assertEquals("HER2 Basics", tag.getTitle());
        assertEquals("Test Clinic", tag.getArtist());
        assertTrue(tag.getComment().contains("2015-08-31"), tag.getComment());
        List<ID3v2ChapterFrameData> chapters = tag.getChapters();
        List<String> titles = new ArrayList<>();
        List<Cue> cues = parseVtt(vtt);
        List<Long> cueStarts = cues.stream().map(Cue::startMs).toList();
        long previous = -1;
        for (ID3v2ChapterFrameData c : chapters) {
            String title = new String(c.getSubframes().get(0).getData(), 1, c.getSubframes().get(0).getData().length - 1,
                    StandardCharsets.UTF_8);
            titles.add(title);
            assertTrue(c.getStartTime() > previous && c.getEndTime() > c.getStartTime());
            assertTrue(cueStarts.contains((long) c.getStartTime()), "chapter starts on a cue: " + title);
            previous = c.getStartTime();
        }
        assertEquals(List.of("Opening", "Treatment Choices", "Getting Help"), titles);
        assertEquals(result.chapterCount(), chapters.size());
        // Each section chapter starts at the cue that says its heading.
        int i = cueStarts.indexOf((long) chapters.get(1).getStartTime());
        assertEquals("Treatment Choices.", String.join(" ", cues.get(i).lines()));
        ID3v2ChapterTOCFrameData toc = tag.getChapterTOC().get(0);
        assertTrue(toc.isRoot() && toc.isOrdered());
        assertArrayEquals(new String[] {"ch0", "ch1", "ch2"}, toc.getChildren());
    }

    @Test
    void cuesAreMonotonicWithinTheAudioAndShowWrittenText() {
        List<Cue> cues = parseVtt(vtt);
        assertTrue(cues.size() > 10);
        long lastEnd = 0;
        for (Cue c : cues) {
            assertTrue(c.startMs() >= lastEnd && c.endMs() > c.startMs(), c.toString());
            assertTrue(c.lines().size() <= 2 && c.lines().stream().allMatch(l -> l.length() <= 42), c.toString());
            lastEnd = c.endMs();
        }
        assertTrue(lastEnd <= result.durationSeconds() * 1000);
        assertEquals("Medically reviewed on August 31, 2015.", String.join(" ", cues.get(1).lines()));
        assertEquals("Next review due August 31, 2018.", String.join(" ", cues.get(2).lines()));
        assertTrue(cues.get(3).startMs() <= 15_000, "content starts within 15 s: " + cues.get(3));
        assertTrue(cues.get(0).startMs() >= 500 && cues.get(0).startMs() <= 1000, "lead-in room tone");
        assertTrue(vtt.contains("1-800-227-2345"), "transcript shows the text as written");
        assertTrue(cues.stream().anyMatch(c -> String.join(" ", c.lines()).startsWith("Oncologist means a doctor")),
                vtt);
        assertFalse(vtt.contains("overdue") || vtt.contains("Section:") || vtt.contains("Image:"));
    }

    @Test
    void speechItselfIsSlowAndTheProgrammeNearTheRequestedRate() {
        // Speech time = the cues' own spans in the VTT (inserted pauses left out), read back from the transcript.
        List<Cue> cues = parseVtt(vtt);
        long speechMs = cues.stream().mapToLong(c -> c.endMs() - c.startMs()).sum();
        int words = mp3.script(Fixtures.small(), Fixtures.review()).spokenWords();
        double speechWpm = words * 60_000.0 / speechMs;
        assertTrue(speechWpm <= 165, "speech-time rate " + speechWpm);
        assertEquals(speechWpm, result.speechWpm(), 1.0);
        assertTrue(result.overallWpm() >= 140 && result.overallWpm() <= 155, "overall " + result.overallWpm());
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws IOException {
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        mp3.render(Fixtures.small(), Fixtures.review(), audio, text);
        assertArrayEquals(mp3Bytes, audio.toByteArray());
        assertEquals(vtt, text.toString(StandardCharsets.UTF_8));
    }

    @Test
    void wavIsLeveledWithRoomToneAndFollowsAnotherRate() throws IOException {
        AudioRenderer wav = new AudioRenderer(new AudioOptions("wav", 120, 40, null, List.of()));
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Handout h = Fixtures.small();
        AudioResult r = wav.render(h, Fixtures.review(), audio, text);
        short[] pcm = wavSamples(audio.toByteArray());
        assertEquals(r.durationSeconds(), pcm.length / 16000.0, 1e-6);
        int peak = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < pcm.length; i++) {
            int a = Math.abs((int) pcm[i]);
            peak = Math.max(peak, a);
            if (a > 100) {
                last = i;
                first = first < 0 ? i : first;
            }
        }
        double dbfs = 20 * Math.log10(peak / 32768.0);
        assertTrue(dbfs <= -2 && dbfs > -12, "peak " + dbfs);
        Loudness.Measure m = Loudness.measure(pcm, pcm.length, 16000);
        assertEquals(-19, m.integratedLufs(), 0.2, "read back from the WAV");
        assertTrue(m.truePeakDbtp() <= -1.9, "true peak " + m.truePeakDbtp());
        assertEquals(m.integratedLufs(), r.loudnessLufs(), 1e-9);
        double lead = first / 16000.0;
        double tail = (pcm.length - last) / 16000.0;
        assertTrue(lead >= 0.5 && lead <= 1.0, "lead " + lead);
        assertTrue(tail >= 1.0 && tail <= 2.0, "tail " + tail);
        int words = wav.script(h, Fixtures.review()).spokenWords();
        double expected = words * 60.0 / 120;
        assertEquals(expected, r.durationSeconds() - Pauses.LEAD_IN - Pauses.TAIL, expected * 0.10);
    }

    @Test
    void titleOnlyGivesAValidShortFile() throws Exception {
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        AudioResult r = mp3.render(Fixtures.titleOnly(), null, audio, text);
        assertTrue(r.durationSeconds() > 2 && r.durationSeconds() < 15, "duration " + r.durationSeconds());
        Mp3File file = mp3File(audio.toByteArray());
        assertTrue(file.getFrameCount() > 10);
        assertEquals(16000, file.getSampleRate());
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("Review date not known."));
        assertEquals(1, r.chapterCount());
    }

    @Test
    void lexiconChangesThePhonesOfAListedWord() {
        List<String> plain = new FreeTtsVoice().phones("trastuzumab"); // the voice's own guess, no lexicon
        List<String> lexicon = mp3.phones("trastuzumab", true);
        assertNotEquals(plain, lexicon);
        assertEquals(List.of("t", "r", "ae", "s", "t", "uw", "z", "uw", "m", "ae", "b"), lexicon);
        assertEquals(mp3.phones("the", false), mp3.phones("the", true), "unlisted words are untouched");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThrows(CarePrintException.class, () -> new AudioRenderer(new AudioOptions("ogg", 150, 40, null, List.of())));
        assertThrows(CarePrintException.class, () -> new AudioRenderer(new AudioOptions("mp3", 150, 41, null, List.of())));
        assertThrows(CarePrintException.class, () -> new AudioRenderer(new AudioOptions("mp3", 20, 40, null, List.of())));
        assertThrows(CarePrintException.class,
                () -> new AudioRenderer(new AudioOptions("mp3", 150, 40, null, List.of(), -3, false, "inline")));
        assertThrows(CarePrintException.class,
                () -> new AudioRenderer(new AudioOptions("mp3", 150, 40, null, List.of(), -19, false, "footnote")));
    }

    private static short[] wavSamples(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(16000, b.getInt(24));
        assertEquals(1, b.getShort(22));
        int n = b.getInt(40) / 2;
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = b.getShort(44 + 2 * i);
        }
        return s;
    }
}
