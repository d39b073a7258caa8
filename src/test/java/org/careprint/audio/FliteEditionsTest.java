package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.Mp3File;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careprint.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careprint build examples/ --voice rms}: every edition read back (duration, tags, chapters, cues). */
class FliteEditionsTest {
    @TempDir
    Path out;

    @Test
    void rmsMakesValidEditionsOfTheExamples() throws Exception {
        Assumptions.assumeTrue(FliteVoiceTest.rmsOrNull() != null,
                "flite not installed: --voice rms editions not tested (apt-get install flite; .ci/run installs it)");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null).run(new String[] {"build", "examples",
                "-o", out.toString(), "--no-pdf", "--quiet", "--today", "2026-11-01", "--voice", "rms"});
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        for (String name : List.of("bone-metastases", "lymphedema", "what-is-a-biopsy")) {
            Mp3File mp3 = new Mp3File(out.resolve(name + ".mp3").toString());
            List<AudioRendererTest.Cue> cues = AudioRendererTest.parseVtt(
                    Files.readString(out.resolve(name + ".vtt"), StandardCharsets.UTF_8));
            assertTrue(cues.size() > 20, name + ": " + cues.size() + " cues");
            long previous = 0;
            for (AudioRendererTest.Cue c : cues) {
                assertTrue(c.startMs() >= previous && c.endMs() > c.startMs(), name + " cue in order: " + c);
                assertTrue(c.lines().size() <= 2 && c.lines().stream().allMatch(l -> l.length() <= 42), c.toString());
                previous = c.endMs();
            }
            long ms = mp3.getLengthInMilliseconds();
            assertTrue(ms > 60_000, name + " lasts " + ms + " ms");
            assertEquals(previous + Pauses.TAIL * 1000, ms, 300, name + ": speech ends a tail before the file");
            ID3v2 tag = mp3.getId3v2Tag();
            assertTrue(tag.getTitle() != null && !tag.getTitle().isBlank(), name + " has a title");
            List<ID3v2ChapterFrameData> chapters = tag.getChapters();
            assertTrue(chapters.size() >= 3, name + ": " + chapters.size() + " chapters");
            byte[] title = chapters.get(0).getSubframes().get(0).getData(); // encoding byte, then UTF-8 text
            assertEquals("Opening", new String(title, 1, title.length - 1, StandardCharsets.UTF_8).replace("\0", ""));
            assertEquals(cues.get(0).startMs(), chapters.get(0).getStartTime(), name + ": chapter at its first cue");
            for (ID3v2ChapterFrameData ch : chapters) {
                assertTrue(cues.stream().anyMatch(c -> c.startMs() == ch.getStartTime()), "chapter on a cue " + ch);
            }
        }
        String report = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
        assertTrue(report.contains("\"speechWpm\""), report);

        // A read-along book without the audio output speaks for itself, with the run's --voice too.
        Path alone = out.resolve("alone");
        exit = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null).run(new String[] {"build",
                "examples/what-is-a-biopsy.html", "-o", alone.toString(), "--no-pdf", "--no-audio", "--epub", "--quiet",
                "--today", "2026-11-01", "--voice", "rms"});
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        try (java.util.zip.ZipFile book = new java.util.zip.ZipFile(alone.resolve("what-is-a-biopsy.epub").toFile())) {
            java.util.zip.ZipEntry audio = book.stream().filter(e -> e.getName().endsWith(".mp3")).findFirst()
                    .orElseThrow();
            assertArrayEquals(Files.readAllBytes(out.resolve("what-is-a-biopsy.mp3")),
                    book.getInputStream(audio).readAllBytes(), "the book's MP3 is the rms edition, not kevin16's");
        }
    }
}
