package org.careprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "A missing or malformed style or font file is one clear error line and exit code 2", through the CLI. */
class StyleAndFontErrorsTest {
    @TempDir
    Path dir;
    private Path input;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void page() throws IOException {
        input = dir.resolve("walking.txt");
        Files.writeString(input, "Walking After Surgery\n\nShort walks help you heal. Start with five minutes.\n");
    }

    private Run build(Path style) {
        return cli("build", input.toString(), "-o", dir.resolve("out").toString(), "--no-audio",
                "--style", style.toString());
    }

    private void assertOneLine(Run run, String fileName, String... words) {
        assertEquals(2, run.exit(), "exit code; stderr: " + run.err());
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), "exactly one stderr line: " + run.err());
        assertTrue(lines.get(0).contains(fileName), "names the file: " + lines.get(0));
        for (String w : words) {
            assertTrue(lines.get(0).contains(w), "mentions '" + w + "': " + lines.get(0));
        }
        assertTrue(!Files.exists(dir.resolve("out").resolve("walking.pdf")), "no PDF written");
    }

    @Test
    void missingStyleFile() {
        assertOneLine(build(dir.resolve("no-such-style.yaml")), "no-such-style.yaml", "not found");
    }

    @Test
    void malformedStyleYaml() throws IOException {
        Path style = dir.resolve("broken.yaml");
        Files.writeString(style, "name: broken\nbody-size: [20\nmargin: 1in\n");
        assertOneLine(build(style), "broken.yaml", "YAML");
    }

    @Test
    void binaryStyleFile() throws IOException {
        Path style = dir.resolve("binary.yaml");
        Files.write(style, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3, 0x28});
        assertOneLine(build(style), "binary.yaml");
    }

    @Test
    void styleNamingAMissingFont() throws IOException {
        Path style = dir.resolve("fonted.yaml");
        Files.writeString(style, "name: fonted\nfonts:\n  regular: fonts/Gone-Regular.ttf\n");
        assertOneLine(build(style), "Gone-Regular.ttf", "fonted.yaml", "does not exist");
    }

    @Test
    void styleNamingATextFileRenamedTtf() throws IOException {
        Files.writeString(dir.resolve("Notes.ttf"), "shopping list: milk, bread\n");
        Path style = dir.resolve("fonted.yaml");
        Files.writeString(style, "name: fonted\nfonts:\n  bold: Notes.ttf\n");
        assertOneLine(build(style), "Notes.ttf", "not a TrueType font");
    }

    @Test
    void styleNamingATruncatedFont() throws IOException {
        byte[] font;
        try (var in = StyleAndFontErrorsTest.class.getResourceAsStream("/org/careprint/fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        Files.write(dir.resolve("Half.ttf"), Arrays.copyOf(font, font.length / 2));
        Path style = dir.resolve("fonted.yaml");
        Files.writeString(style, "name: fonted\nfonts:\n  regular: Half.ttf\n");
        assertOneLine(build(style), "Half.ttf", "truncated");
    }
}
