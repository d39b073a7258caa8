package org.careprint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careprint.model.Finding;
import org.careprint.model.ReadResult;
import org.careprint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {
    private final DocumentLoader loader = new DocumentLoader(LoadOptions.defaults());

    private static Finding only(ReadResult r) {
        assertFalse(r.readable());
        assertEquals(1, r.findings().size());
        Finding f = r.findings().get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertFalse(f.message().contains("\n"));
        return f;
    }

    @Test
    void supportedExtensions() {
        for (String name : new String[] {"a.txt", "b.MD", "c.markdown", "d.html", "e.HTM"}) {
            assertTrue(DocumentLoader.isSupported(Path.of(name)), name);
        }
        assertFalse(DocumentLoader.isSupported(Path.of("f.pdf")));
        assertFalse(DocumentLoader.isSupported(Path.of("noext")));
    }

    @Test
    void emptyAndWhitespaceOnlyInput() {
        assertEquals("empty", only(loader.read("a.txt", new byte[0])).code());
        assertEquals("empty", only(loader.read("a.txt", " \n\t\r\n".getBytes(StandardCharsets.UTF_8))).code());
        assertEquals("empty", only(loader.read("a.txt", "\uFEFF \n".getBytes(StandardCharsets.UTF_8))).code());
    }

    @Test
    void binaryInput() {
        assertEquals("binary", only(loader.read("a.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'})).code());
        byte[] controls = new byte[100];
        java.util.Arrays.fill(controls, (byte) 1);
        assertEquals("binary", only(loader.read("a.txt", controls)).code());
    }

    @Test
    void latin1IsRejectedWithTheFixAndReadWithAnExplicitEncoding() {
        byte[] latin1 = "Caf\u00e9 menu\n\nEat well.".getBytes(StandardCharsets.ISO_8859_1);
        Finding f = only(loader.read("a.txt", latin1));
        assertEquals("not-utf8", f.code());
        assertTrue(f.message().contains("--encoding latin1"));
        ReadResult ok = new DocumentLoader(new LoadOptions(LoadOptions.DEFAULT_MAX_BYTES, StandardCharsets.ISO_8859_1, false))
                .read("a.txt", latin1);
        assertEquals("Café menu", ok.handout().metadata().title());
    }

    @Test
    void tooLargeInput() {
        DocumentLoader small = new DocumentLoader(new LoadOptions(10, null, false));
        assertEquals("too-large", only(small.read("a.txt", "Title\n\nMore than ten bytes".getBytes(StandardCharsets.UTF_8))).code());
    }

    @Test
    void bomIsStripped() {
        ReadResult r = loader.read("a.txt", "\uFEFFSleep Problems\n\nText.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Sleep Problems", r.handout().metadata().title());
    }

    @Test
    void sniffsTheFormatWhenTheExtensionIsUnknown() {
        assertEquals(Format.MARKDOWN, Format.sniff("---\ntitle: x\n---\n"));
        assertEquals(Format.HTML, Format.sniff("<!DOCTYPE html><html><body><p>x</p></body></html>"));
        assertEquals(Format.HTML, Format.sniff("<p>x</p>"));
        assertEquals(Format.TEXT, Format.sniff("Title\n\nText"));
        ReadResult r = loader.read("page.dat", "---\ntitle: Sniffed\n---\nText.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Sniffed", r.handout().metadata().title());
    }

    @Test
    void loadsFilesAndReportsMissingOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.html");
        Files.writeString(file, "<main><h1>Pain</h1><p>Tell us.</p></main>");
        assertEquals("Pain", loader.load(file).handout().metadata().title());
        assertEquals("unreadable", only(loader.load(dir.resolve("missing.txt"))).code());
    }

    @Test
    void theBundledExamplesReadCleanly() {
        for (String name : new String[] {"lymphedema.txt", "bone-metastases.md", "what-is-a-biopsy.html"}) {
            ReadResult r = loader.load(Path.of("examples", name));
            assertTrue(r.readable(), name);
            assertFalse(r.handout().metadata().title().isBlank(), name);
            assertTrue(r.handout().metadata().reviewed() != null, name);
            assertFalse(r.handout().distinctTerms().isEmpty(), name);
        }
    }
}
