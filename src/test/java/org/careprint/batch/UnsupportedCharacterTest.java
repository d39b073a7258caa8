package org.careprint.batch;

import org.careprint.report.ReportJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A character no bundled font can draw is reported, never silently boxed. */
class UnsupportedCharacterTest {
    @Test
    void reportsCharactersTheFontsCannotDraw(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("mixed.txt"), "Mixed Scripts\n\nSome readers write 中文 beside a check mark ✓.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("plain.txt"), "Plain Page\n\nA check mark ✓ and an arrow → are fine.\n",
                StandardCharsets.UTF_8);
        BatchFixtures.Run run = BatchFixtures.cli("build", in.toString(), "-o", tmp.resolve("out").toString(),
                "--no-audio", "--today", BatchFixtures.TODAY, "--quiet");
        assertEquals(0, run.exit(), run.err());
        JsonNode docs = ReportJson.MAPPER.readTree(tmp.resolve("out/report.json").toFile()).path("documents");
        String mixed = findingsOf(docs, "mixed.txt");
        assertTrue(mixed.contains("unsupported-character") && mixed.contains("U+4E2D"), mixed);
        String plain = findingsOf(docs, "plain.txt");
        assertTrue(!plain.contains("unsupported-character"), "✓ and → come from the fallback font: " + plain);
    }

    private static String findingsOf(JsonNode docs, String name) {
        for (JsonNode d : docs) {
            if (d.path("source").asText().endsWith(name)) {
                return d.path("findings").toString();
            }
        }
        throw new AssertionError("no report entry for " + name + " in " + docs);
    }
}
