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

/** The third output, added through the output seam: NAME.txt, listed in report.json and on index.html. */
class TranscriptOutputTest {
    @TempDir
    Path tmp;

    @Test
    void transcriptIsWrittenReportedAndLinked() throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        BatchFixtures.Run run = BatchFixtures.cli("build", in.resolve("anemia-basics.txt").toString(), "-o", out.toString(),
                "--no-audio", "--transcript", "--today", BatchFixtures.TODAY);
        assertEquals(0, run.exit(), run.err());
        String text = Files.readString(out.resolve("anemia-basics.txt"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Anemia During Treatment\n"), text);
        assertTrue(text.contains("Medically reviewed on March 4, 2024."), text);
        JsonNode doc = ReportJson.MAPPER.readTree(out.resolve("report.json").toFile()).path("documents").get(0);
        JsonNode t = doc.path("outputs").path("transcript");
        assertEquals("anemia-basics.txt", t.path("path").asText());
        assertEquals(Files.size(out.resolve("anemia-basics.txt")), t.path("bytes").asLong());
        assertTrue(t.path("words").asInt() > 20);
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("href=\"anemia-basics.txt\" download>Download the text transcript"), index);

        BatchFixtures.Run again = BatchFixtures.cli("build", in.resolve("anemia-basics.txt").toString(), "-o",
                out.toString(), "--no-audio", "--transcript", "--today", BatchFixtures.TODAY);
        assertTrue(again.out().contains("1 up to date"), "incremental builds cover the new output: " + again.out());
    }
}
