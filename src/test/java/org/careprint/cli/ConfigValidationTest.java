package org.careprint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Configuration slips (issue 15) are caught once, before any output is touched: exit 2 and one line naming
 * the option or file, the key and the allowed range.
 */
class ConfigValidationTest {
    @TempDir
    Path dir;
    private Path input;
    private Path out;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Run cli(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), null).run(args);
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void page() throws IOException {
        input = dir.resolve("walking.txt");
        Files.writeString(input, "Walking After Surgery\n\nShort walks help you heal. Start with five minutes.\n");
        out = dir.resolve("out");
    }

    private Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", input.toString(), "-o", out.toString()));
        args.addAll(List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    private void assertConfigError(Run run, String... words) {
        assertEquals(2, run.exit(), "exit code; stderr: " + run.err());
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), "exactly one stderr line: " + run.err());
        for (String w : words) {
            assertTrue(lines.get(0).contains(w), "mentions '" + w + "': " + lines.get(0));
        }
        assertFalse(Files.exists(out), "the output folder is not touched");
    }

    @Test
    void malformedLexiconIsExit2EvenWithoutAudio() throws IOException {
        Path lexicon = dir.resolve("bad.pls");
        Files.writeString(lexicon, "<lexicon><lexeme><grapheme>chemo</grapheme>");
        assertConfigError(build("--lexicon", lexicon.toString()), "bad.pls");
        assertConfigError(build("--no-audio", "--lexicon", lexicon.toString()), "bad.pls");
        Run check = cli("check", input.toString(), "--lexicon", lexicon.toString());
        assertEquals(2, check.exit(), check.err());
    }

    @Test
    void bitratesTheEncoderRefusesAreExit2() {
        for (String b : new String[] {"320", "41", "0", "7", "fast"}) {
            assertConfigError(build("--bitrate", b), "--bitrate", "8 to 160");
        }
    }

    @Test
    void ratesTheVoiceCannotReachAreExit2() {
        for (String r : new String[] {"70", "79", "301", "400"}) {
            assertConfigError(build("--rate", r), "--rate", "80 to 300");
        }
    }

    @Test
    void cliBitratesAreExactlyTheEncoders() throws Exception {
        Field f = Class.forName("org.careprint.audio.Mp3Encoder").getDeclaredField("BITRATES");
        f.setAccessible(true);
        int[] encoder = (int[]) f.get(null);
        assertArrayEquals(encoder, OptionValues.MP3_BITRATES.stream().mapToInt(Integer::intValue).toArray());
        for (int b : encoder) {
            assertEquals(b, OptionValues.bitrate(String.valueOf(b)));
        }
    }

    @Test
    void overLongAudioUrlIsExit2() {
        assertConfigError(build("--audio-url", "https://example.org/" + "a".repeat(5_000)), "--audio-url", "500");
        assertConfigError(build("--audio-url", "https://example.org/a b"), "--audio-url");
        assertEquals("https://example.org/audio", OptionValues.audioUrl(" https://example.org/audio "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "body-size: .nan|body-size|finite",
        "body-size: 100000|body-size|18 to 48",
        "body-size: 1e400|body-size|finite",
        "margin: 100in|margin|72 to 144",
        "margin: 99999999999999999999999999999999999999999999pt|margin|finite",
        "line-spacing: .inf|line-spacing|finite",
        "line-spacing: 40|line-spacing|1.5 to 3",
        "paragraph-gap: 1000|paragraph-gap|1 to 4",
        "heading-sizes: [30, .inf]|heading-sizes|96",
        "heading-sizes: [3000]|heading-sizes|96",
    })
    void styleNumbersAreBoundedOnBothSides(String line, String key, String range) throws IOException {
        Path style = dir.resolve("hostile.yaml");
        Files.writeString(style, "name: hostile\n" + line + "\n");
        assertConfigError(build("--no-audio", "--style", style.toString()), "hostile.yaml", key, range);
    }

    @Test
    void bundledStylesStillLoad() {
        for (String style : new String[] {"large", "giant", "high-contrast"}) {
            Run run = build("--no-audio", "--no-pdf", "--style", style);
            assertEquals(0, run.exit(), style + ": " + run.err());
        }
    }
}
