package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careprint.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: the catalogue never loses a good handout; --prune; outputs compared by content hash. */
class CatalogueTest {
    private static BatchFixtures.Run build(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", in.toString(), "-o", out.toString(), "--today",
                BatchFixtures.TODAY, "--no-audio", "--jobs", "2"));
        args.addAll(List.of(more));
        return BatchFixtures.cli(args.toArray(String[]::new));
    }

    private static JsonNode doc(Path out, String sourceEnd) throws IOException {
        for (JsonNode d : ReportJson.MAPPER.readTree(out.resolve("report.json").toFile()).path("documents")) {
            if (d.path("source").asText().endsWith(sourceEnd)) {
                return d;
            }
        }
        return null;
    }

    @Test
    void aPageThatFailsKeepsItsEarlierHandoutListedNotRebuilt(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        assertEquals(0, build(in, out).exit());
        byte[] pdf = Files.readAllBytes(out.resolve("hand-washing.pdf"));

        Files.writeString(in.resolve("hand-washing.txt"), "Hand Washing\n\nWash.\n\nFebruary 30, 2024\nReviewed By: Dana Okafor\n");
        BatchFixtures.Run failed = build(in, out);
        assertEquals(1, failed.exit());
        JsonNode d = doc(out, "hand-washing.txt");
        assertEquals("error", d.path("status").asText());
        assertEquals("hand-washing.pdf", d.path("outputs").path("pdf").path("path").asText());
        assertEquals("Washing Your Hands", d.path("notRebuilt").path("title").asText(), d.toString());
        assertEquals(4, ReportJson.MAPPER.readTree(out.resolve("report.json").toFile()).path("totals").path("handouts").asInt());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<h3 id=\"doc-2\">Washing Your Hands</h3>"), index);
        assertTrue(index.contains("not rebuilt (see report)"), index);
        assertTrue(index.contains("href=\"hand-washing.pdf\""), index);
        assertTrue(java.util.Arrays.equals(pdf, Files.readAllBytes(out.resolve("hand-washing.pdf"))), "the good handout is untouched");

        // and again: a second failing run still lists it; a config slip (exit 2) changes nothing
        assertEquals(1, build(in, out).exit());
        assertEquals("Washing Your Hands", doc(out, "hand-washing.txt").path("notRebuilt").path("title").asText());
        byte[] report = Files.readAllBytes(out.resolve("report.json"));
        assertEquals(2, build(in, out, "--style", tmp.resolve("missing.yaml").toString()).exit());
        assertTrue(java.util.Arrays.equals(report, Files.readAllBytes(out.resolve("report.json"))));

        // fixed: rebuilt, no longer marked
        Files.writeString(in.resolve("hand-washing.txt"), "Hand Washing\n\nWash with soap.\n\nFebruary 3, 2024\nReviewed By: Dana Okafor\n");
        assertEquals(0, build(in, out).exit());
        assertTrue(doc(out, "hand-washing.txt").path("notRebuilt").isMissingNode());
        assertFalse(Files.readString(out.resolve("index.html")).contains("not rebuilt"));
    }

    @Test
    void pagesNotInThisRunStayListedAndPruneRemovesThoseWhoseInputIsGone(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        assertEquals(0, build(in, out).exit());

        // one file given this time: the other three stay in the catalogue
        BatchFixtures.Run one = BatchFixtures.cli("build", in.resolve("walking.html").toString(), "-o", out.toString(),
                "--today", BatchFixtures.TODAY, "--no-audio");
        assertEquals(0, one.exit(), one.err());
        JsonNode report = ReportJson.MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals(4, report.path("totals").path("handouts").asInt(), report.toString());
        assertEquals("kept", doc(out, "hand-washing.txt").path("thisRun").path("action").asText());
        assertEquals("Washing Your Hands", doc(out, "hand-washing.txt").path("title").asText());

        // an input renamed: the old outputs are listed as input-missing until --prune
        Files.move(in.resolve("mouth-care.md"), in.resolve("oral-care.md"));
        BatchFixtures.Run renamed = build(in, out);
        assertEquals(0, renamed.exit(), renamed.err());
        assertTrue(doc(out, "mouth-care.md").path("inputMissing").asBoolean(), "old one listed, input missing");
        assertTrue(renamed.err().contains("1 handout whose input is gone is still listed; run with --prune"), renamed.err());
        assertTrue(Files.exists(out.resolve("mouth-care.pdf")));

        BatchFixtures.Run pruned = build(in, out, "--prune");
        assertEquals(0, pruned.exit(), pruned.err());
        assertTrue(pruned.err().contains("--prune removes the outputs of 1 page whose input is gone: mouth-care.pdf"), pruned.err());
        assertFalse(Files.exists(out.resolve("mouth-care.pdf")));
        assertEquals(null, doc(out, "mouth-care.md"));
        assertTrue(Files.exists(out.resolve("oral-care.pdf")));
        assertEquals(4, ReportJson.MAPPER.readTree(out.resolve("report.json").toFile()).path("totals").path("handouts").asInt());
    }

    @Test
    void anOutputCorruptedToTheSameSizeIsRebuilt(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        assertEquals(0, build(in, out).exit());
        byte[] good = Files.readAllBytes(out.resolve("walking.pdf"));
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 0x55;
        Files.write(out.resolve("walking.pdf"), bad);
        BatchFixtures.Run again = build(in, out);
        assertTrue(again.out().contains("1 rendered, 3 up to date."), again.out());
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(out.resolve("walking.pdf"))));
    }

    @Test
    void theOutputFolderCanBeTheInputFolder(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        byte[] page = Files.readAllBytes(in.resolve("hand-washing.txt"));
        BatchFixtures.Run first = build(in, in, "--transcript");
        assertEquals(1, first.exit(), first.err());
        assertTrue(first.err().contains("The output hand-washing.txt would overwrite an input page"), first.err());
        assertTrue(java.util.Arrays.equals(page, Files.readAllBytes(in.resolve("hand-washing.txt"))), "never overwritten");
        assertTrue(Files.exists(in.resolve("mouth-care.txt")), "the transcript of mouth-care.md");
        BatchFixtures.Run again = build(in, in, "--transcript");
        assertEquals(1, again.exit(), again.err());
        assertTrue(again.out().contains("Nothing to render: 2 up to date."), again.out());
        JsonNode report = ReportJson.MAPPER.readTree(in.resolve("report.json").toFile());
        assertEquals(4, report.path("totals").path("documents").asInt(), "index.html and transcripts are not pages");
        BatchFixtures.Run plain = build(in, in);
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(4, ReportJson.MAPPER.readTree(in.resolve("report.json").toFile()).path("totals").path("documents").asInt());
    }

    @Test
    void aDocumentWhoseFilesCannotAllBeMovedInPlaceLeavesNoneOfItsNewFiles(@TempDir Path tmp) throws Exception {
        AtomicOutput first = AtomicOutput.begin(tmp.resolve("a.pdf"));
        first.stream().write(new byte[] {1, 2, 3});
        Files.createDirectories(tmp.resolve("a.mp3").resolve("blocked")); // a non-empty folder cannot be replaced
        AtomicOutput second = AtomicOutput.begin(tmp.resolve("a.mp3"));
        second.stream().write(new byte[] {4});
        assertThrows(IOException.class, () -> RenderStep.commitAll(List.of(first, second)));
        first.close();
        second.close();
        assertFalse(Files.exists(tmp.resolve("a.pdf")), "the new file was taken back");
        assertTrue(BatchFixtures.tempFiles(tmp).isEmpty());
    }
}
