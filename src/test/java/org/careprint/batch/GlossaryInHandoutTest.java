package org.careprint.batch;

import org.careprint.report.ReportJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 end to end: a page with a term the glossary files under another headword, a narrower term with a
 * broader link and an undefined term, built with the CLI and read back from the PDF, report.json,
 * index.html and the summary line.
 */
class GlossaryInHandoutTest {
    @TempDir
    Path tmp;

    private static final String PAGE = """
            Living With Swelling

            About Swelling
            It means the stage IV breast cancerinfo-icon has spread. Some people notice pitting edemainfo-icon in the legs.
            Your team may try a zorblatic pumpinfo-icon to move fluid. Acneinfo-icon can also flare.

            June 3, 2024
            Reviewed By:
            Anne Lee
            """;

    @Test
    void wordsToKnowShowsWhatTheReaderSawAndNeverAnEmptyEntry() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("swelling.txt"), PAGE, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        BatchFixtures.Run run = BatchFixtures.cli("build", in.toString(), "-o", out.toString(), "--no-audio",
                "--today", BatchFixtures.TODAY);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("1 term had no definition"), run.out());

        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("swelling.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        String words = text.substring(text.lastIndexOf("Words to know"));
        assertTrue(words.contains("stage IV breast cancer (also called metastatic breast cancer):"), words);
        assertTrue(words.contains("pitting edema (a kind of edema):"), words);
        assertTrue(words.contains("acne:"), "sentence-start capital folded: " + words);
        assertFalse(words.contains("zorblatic"), "an undefined term is not listed: " + words);
        assertFalse(text.contains("No definition"), text);

        JsonNode report = ReportJson.MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals(1, report.path("totals").path("undefinedTerms").asInt());
        JsonNode terms = report.path("documents").get(0).path("terms");
        JsonNode stage = terms.get(0);
        assertEquals("stage IV breast cancer", stage.path("term").asText());
        assertEquals("metastatic breast cancer", stage.path("entry").asText());
        assertEquals("built-in", stage.path("source").asText());
        assertTrue(stage.path("definition").asText().length() > 10);
        JsonNode pump = terms.get(2);
        assertEquals("zorblatic pump", pump.path("term").asText());
        assertFalse(pump.path("defined").asBoolean());
        assertTrue(pump.path("entry").isNull() && pump.path("source").isNull());
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("1 marked term has no definition"), index);

        assertEquals(1, BatchFixtures.cli("check", "--strict", in.toString(), "--today", BatchFixtures.TODAY).exit(),
                "--strict fails on an undefined term");
        assertEquals(2, BatchFixtures.cli("check", "--dictionary", "webster", in.toString()).exit(),
                "an unknown dictionary is a usage error");
    }
}
