package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.Mp3File;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several handouts as one programme: chapters per handout and section, CTOC, captions, loudness, same bytes. */
class AudioProgrammeTest {
    @TempDir
    Path dir;

    static List<AudioProgramme.Part> parts() {
        return List.of(new AudioProgramme.Part("HER2 Basics", Fixtures.small(), Fixtures.review()),
                new AudioProgramme.Part("Just a Title", Fixtures.titleOnly(), null),
                new AudioProgramme.Part("HER2 Again", Fixtures.small(), Fixtures.review()));
    }

    static final List<String> CHAPTERS = List.of("HER2 Basics", "HER2 Basics: Treatment Choices",
            "HER2 Basics: Getting Help", "Just a Title", "HER2 Again", "HER2 Again: Treatment Choices",
            "HER2 Again: Getting Help");

    record Written(AudioProgramme.Result result, byte[] mp3, String vtt) {
    }

    static Written render(SpeechEngine.Choice voice) throws Exception {
        AudioProgramme p = new AudioProgramme(new AudioOptions("wav", 150, 40, "Test Clinic", List.of()), voice);
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream();
        ByteArrayOutputStream vtt = new ByteArrayOutputStream();
        AudioProgramme.Result r = p.render("Fair folder", "2024", "3 handouts.", parts(), mp3, vtt);
        return new Written(r, mp3.toByteArray(), vtt.toString(StandardCharsets.UTF_8));
    }

    /** Chapters, CTOC and captions read back from the file; returns the file. */
    static Path checkFile(Written w, Path dir) throws Exception {
        Path file = Files.write(dir.resolve("book.mp3"), w.mp3());
        Mp3File mp3 = new Mp3File(file.toString());
        Timeline t = w.result().timeline();
        long durationMs = mp3.getLengthInMilliseconds();
        assertEquals(t.seconds() * 1000, durationMs, 100, "the file is as long as the timeline");
        assertEquals("Fair folder", mp3.getId3v2Tag().getTitle());
        List<ID3v2ChapterFrameData> chapters = mp3.getId3v2Tag().getChapters();
        List<String> titles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        long previousEnd = 0;
        for (ID3v2ChapterFrameData c : chapters) {
            byte[] data = c.getSubframes().get(0).getData();
            titles.add(new String(data, 1, data.length - 1, StandardCharsets.UTF_8));
            ids.add(c.getId());
            assertEquals(previousEnd, c.getStartTime(), "chapters tile the file");
            assertTrue(c.getEndTime() > c.getStartTime());
            previousEnd = c.getEndTime();
        }
        assertEquals(CHAPTERS, titles);
        assertEquals(t.millis(t.length()), previousEnd);
        List<ID3v2ChapterTOCFrameData> tocs = mp3.getId3v2Tag().getChapterTOC();
        assertEquals(1, tocs.size());
        assertTrue(tocs.get(0).isRoot() && tocs.get(0).isOrdered());
        assertEquals(ids, Arrays.asList(tocs.get(0).getChildren()));
        List<AudioRendererTest.Cue> cues = AudioRendererTest.parseVtt(w.vtt());
        assertEquals(t.cues().size(), cues.size());
        long previous = -1;
        for (AudioRendererTest.Cue c : cues) {
            assertTrue(c.startMs() >= previous && c.endMs() > c.startMs() && c.endMs() <= durationMs,
                    "cues in order and inside the file: " + c);
            previous = c.endMs();
        }
        assertTrue(w.vtt().contains("Just a Title."), "every part is captioned");
        return file;
    }

    @Test
    void oneFileWithAChapterPerHandoutAndSectionAtAnotherRate() throws Exception {
        Written w = render(VoiceSeamTest.ToneVoice.at(24000));
        assertEquals(24000, w.result().timeline().sampleRate());
        checkFile(w, dir);
        int tag = AudioProgramme.id3Length(w.mp3());
        float[] decoded = Mp3Encoder.decode(Arrays.copyOfRange(w.mp3(), tag, w.mp3().length));
        Loudness.Measure m = Loudness.measure(decoded, 24000);
        assertEquals(-19, m.integratedLufs(), 0.5, "the whole file sits on the target");
        assertTrue(m.truePeakDbtp() <= -1.0, "true peak " + m.truePeakDbtp());
        assertEquals(-19, w.result().loudnessLufs(), 0.3);
        assertArrayEquals(w.mp3(), render(VoiceSeamTest.ToneVoice.at(24000)).mp3(), "same parts, same bytes");
    }

    @Test
    void kevinAtTheRequestedRateAndLoudness() throws Exception {
        Written w = render(FreeTtsVoice.KEVIN16);
        Path file = checkFile(w, dir);
        assertEquals(150, w.result().overallWpm(), 15);
        assertEquals(3, w.result().parts().size());
        Ffmpeg.Ebur128 e = Ffmpeg.ebur128(file);
        if (e != null) {
            assertEquals(-19, e.integratedLufs(), 0.5, "ffmpeg ebur128 of the whole file");
            assertTrue(e.truePeakDbtp() <= -1.0, "true peak " + e.truePeakDbtp());
        }
    }
}
