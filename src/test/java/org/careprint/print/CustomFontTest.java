package org.careprint.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The style key {@code fonts: {regular, bold}}: good files are used, bad ones are one clear error. */
class CustomFontTest {
    @TempDir
    Path dir;

    static byte[] bundled(String file) throws IOException {
        try (InputStream in = CustomFontTest.class.getResourceAsStream("/org/careprint/fonts/" + file)) {
            return in.readAllBytes();
        }
    }

    private Path style(String fontsKey) throws IOException {
        Path file = dir.resolve("my-style.yaml");
        Files.writeString(file, "name: mine\nbody-size: 20\n" + fontsKey + "\n");
        return file;
    }

    private String error(String fontsKey) throws IOException {
        Path file = style(fontsKey);
        CarePrintException e = assertThrows(CarePrintException.class, () -> Style.load(file.toString()));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void customFacesRelativeToTheStyleFileAreEmbedded() throws Exception {
        Files.createDirectories(dir.resolve("faces"));
        Files.write(dir.resolve("faces/Body.ttf"), bundled(FontFiles.FALLBACK_REGULAR));
        Files.write(dir.resolve("faces/Body-Bold.ttf"), bundled(FontFiles.FALLBACK_BOLD));
        Path file = style("fonts:\n  regular: faces/Body.ttf\n  bold: faces/Body-Bold.ttf");
        Style custom = Style.load(file.toString());
        assertNotEquals(Style.load(style("").toString()).fingerprint(), custom.fingerprint(),
                "the fonts are part of the style's fingerprint");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(custom).render(TestHandouts.seedLike(), TestHandouts.overdue(), TestHandouts.letter(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDPage first = doc.getPage(0);
            StringBuilder names = new StringBuilder();
            for (COSName name : first.getResources().getFontNames()) {
                names.append(first.getResources().getFont(name).getName()).append(' ');
            }
            assertTrue(names.toString().contains("DejaVuSans"), names.toString());
            assertTrue(!names.toString().contains("Atkinson"), "main face replaced: " + names);
        }
    }

    @Test
    void missingFontFileNamesTheFileAndTheKey() throws Exception {
        String message = error("fonts:\n  regular: nowhere/Missing.ttf");
        assertTrue(message.contains("Missing.ttf") && message.contains("does not exist")
                && message.contains("fonts.regular") && message.contains("my-style.yaml"), message);
    }

    @Test
    void textFileRenamedTtfIsRefused() throws Exception {
        Files.writeString(dir.resolve("Fake.ttf"), "this is not a font at all, just some words\n",
                StandardCharsets.UTF_8);
        String message = error("fonts:\n  bold: Fake.ttf");
        assertTrue(message.contains("Fake.ttf") && message.contains("not a TrueType font")
                && message.contains("fonts.bold"), message);
    }

    @Test
    void truncatedFontIsRefused() throws Exception {
        byte[] full = bundled(FontFiles.MAIN_REGULAR);
        Files.write(dir.resolve("Cut.ttf"), Arrays.copyOf(full, full.length / 3));
        String message = error("fonts:\n  regular: Cut.ttf");
        assertTrue(message.contains("Cut.ttf") && message.contains("truncated"), message);
        Files.write(dir.resolve("Tiny.ttf"), Arrays.copyOf(full, 40));
        assertTrue(error("fonts:\n  regular: Tiny.ttf").contains("truncated"));
    }

    @Test
    void unknownFontKeyAndWrongShapeAreRefused() throws Exception {
        assertTrue(error("fonts:\n  italic: X.ttf").contains("unknown sub-key 'italic'"));
        assertTrue(error("fonts: Body.ttf").contains("key 'fonts'"));
    }

    @Test
    void bundledFontsPassTheSameCheck() throws Exception {
        for (String file : FontFiles.ALL) {
            assertEquals(null, FontFiles.problem(bundled(file)), file);
        }
    }
}
