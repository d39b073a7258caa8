package org.careprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code careprint booklet} in-process: exit codes, the manifest's order, pages with errors left out. */
class BookletCommandTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String epoch, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), epoch).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> chapters(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new java.util.ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            return titles;
        }
    }

    @Test
    void manifestOrderTitleAndNoReviewPage(@TempDir Path dir) throws Exception {
        Path manifest = dir.resolve("order.yaml");
        Path examples = Path.of("examples").toAbsolutePath();
        Files.writeString(manifest, "documents:\n  - " + examples.resolve("what-is-a-biopsy.html") + "\n  - "
                + examples.resolve("lymphedema.txt") + "\n");
        Path book = dir.resolve("out/book.pdf");
        Run r = run("1780000000", "booklet", "--manifest", manifest.toString(), "--title", "Fair folder",
                "--no-review-page", "--no-audio", "-q", "-o", book.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of("Fair folder", "Contents", "What Is a Biopsy?", "Lymphedema After Cancer Treatment",
                "Words to know"), chapters(book));
        // Same inputs, same bytes (SOURCE_DATE_EPOCH, never the clock).
        byte[] first = Files.readAllBytes(book);
        assertEquals(0, run("1780000000", "booklet", "--manifest", manifest.toString(), "--title", "Fair folder",
                "--no-review-page", "--no-audio", "-q", "-o", book.toString()).exit());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(book)));
        try (var files = Files.list(book.getParent())) {
            // the booklet and the folder's catalogue; no temporaries left (the lock file is hidden)
            assertEquals(List.of("book.pdf", "index.html", "report.json"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList());
        }
    }

    @Test
    void aPageWithErrorsIsLeftOutAndTheExitCodeIsOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "Broken page\n\nReviewed: February 30, 2024\n\nSome text here.\n");
        Path book = dir.resolve("book.pdf");
        Run r = run(null, "booklet", "examples/lymphedema.txt", bad.toString(), "--today", "2026-06-01",
                "--no-audio", "-o", book.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("bad.txt"), r.err());
        assertTrue(r.out().startsWith("Booklet "), r.out());
        assertTrue(r.out().contains("1 handout,"), r.out());
        assertTrue(r.out().contains("1 page left out because of errors"), r.out());
        assertTrue(chapters(book).contains("Lymphedema After Cancer Treatment"));
        assertTrue(chapters(book).contains("Review before distributing"), "lymphedema is overdue in 2026");
    }

    @Test
    void usageErrorsAreExitTwo(@TempDir Path dir) {
        Run noOutput = run(null, "booklet", "examples");
        assertEquals(2, noOutput.exit());
        assertTrue(noOutput.err().contains("-o BOOK.pdf"), noOutput.err());
        Run audioOption = run(null, "booklet", "examples", "--audio-format", "wav", "-o", dir.resolve("b.pdf").toString());
        assertEquals(2, audioOption.exit(), "the companion is always MP3");
        Run both = run(null, "booklet", "examples", "--audio", "--no-audio", "-o", dir.resolve("b.pdf").toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--audio and --no-audio"), both.err());
        Run missing = run(null, "booklet", dir.resolve("nothing-here").toString(), "-o", dir.resolve("b.pdf").toString());
        assertEquals(2, missing.exit());
        assertFalse(Files.exists(dir.resolve("b.pdf")));
        Run help = run(null, "booklet", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--no-review-page") && help.out().contains("--title"), help.out());
        assertTrue(help.out().contains("--no-audio") && help.out().contains("--rate"), help.out());
    }
}
