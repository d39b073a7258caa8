package org.careprint.batch;

import org.careprint.report.ReportJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void humanOutputIsOneLinePerFindingPlusSummary() throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        BatchFixtures.Run run = BatchFixtures.cli("check", in.toString(), "--today", BatchFixtures.TODAY);
        assertEquals(1, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            assertTrue(lines[i].matches("[^:]+(:\\d+)?: (error|warning|info): [a-z0-9-]+: .+"), lines[i]);
        }
        assertTrue(run.out().contains(in.resolve("empty.txt") + ": error: empty: "), run.out());
        assertTrue(run.out().contains(in.resolve("anemia-basics.txt") + ": info: summary: “Anemia During Treatment”;"
                + " reviewed 2024-03-04 by Dana Okafor;"), run.out());
        assertTrue(run.out().contains(in.resolve("anemia-basics.txt") + ": info: terms: "), run.out());
        assertTrue(run.out().contains(in.resolve("hand-washing.txt") + ":"), "overdue page has a finding");
        assertTrue(lines[lines.length - 1].startsWith("5 documents checked: "), lines[lines.length - 1]);
        assertEquals(0, Files.list(in).filter(p -> p.toString().endsWith(".pdf")).count(), "check writes nothing");
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        BatchFixtures.Run run = BatchFixtures.cli("check", "--json", in.resolve("anemia-basics.txt").toString(),
                in.resolve("hand-washing.txt").toString(), "--today", BatchFixtures.TODAY);
        assertEquals(0, run.exit(), "warnings allowed: " + run.err());
        JsonNode array = ReportJson.MAPPER.readTree(run.out());
        assertEquals(2, array.size());
        JsonNode d = array.get(0);
        for (String field : new String[] {"source", "status", "title", "reviewed", "updated", "reviewer", "nextReview",
                "reviewStatus", "terms", "readability", "findings"}) {
            assertTrue(d.has(field), field);
        }
        assertEquals("Anemia During Treatment", d.path("title").asText());
        assertEquals("2024-03-04", d.path("reviewed").asText());
        assertEquals("Dana Okafor", d.path("reviewer").asText());
        assertEquals("current", d.path("reviewStatus").asText());
        assertTrue(d.path("readability").has("fleschKincaid") && d.path("readability").has("smog"));
        assertEquals("overdue", array.get(1).path("reviewStatus").asText());
        assertEquals(1, BatchFixtures.cli("check", "--strict", in.resolve("hand-washing.txt").toString(), "--today",
                BatchFixtures.TODAY).exit(), "--strict fails on warnings");
    }

    @Test
    void manifestOverridesTheTitle() throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path manifest = tmp.resolve("library.yaml");
        Files.writeString(manifest, "- path: in/anemia-basics.txt\n  title: Low Red Blood Cells\n");
        BatchFixtures.Run run = BatchFixtures.cli("check", "--json", "--manifest", manifest.toString(), "--today",
                BatchFixtures.TODAY);
        assertEquals("Low Red Blood Cells", ReportJson.MAPPER.readTree(run.out()).get(0).path("title").asText(), run.err());
    }
}
