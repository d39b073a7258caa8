package org.careprint.batch;

import org.careprint.testsupport.HeadlessAxe;
import org.careprint.report.ReportJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5 done-when: good pages mixed with every kind of bad input. */
class MixedFolderBuildTest {
    @Test
    void goodPagesAreBuiltAndEveryBadOneIsAClearError(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        List<String> bad = BatchFixtures.writeBad(in.resolve("bad"));
        Files.writeString(in.resolve("photo.jpg"), "not a page");
        Path out = tmp.resolve("out");

        BatchFixtures.Run run = BatchFixtures.cli("build", in.toString(), "-o", out.toString(), "--today",
                BatchFixtures.TODAY, "--jobs", "2");

        assertEquals(1, run.exit(), run.err());
        JsonNode report = ReportJson.MAPPER.readTree(out.resolve("report.json").toFile());
        Map<String, JsonNode> bySource = new HashMap<>();
        report.path("documents").forEach(d -> bySource.put(d.path("source").asText(), d));
        assertEquals(BatchFixtures.GOOD.size() + bad.size(), bySource.size());

        for (String name : BatchFixtures.GOOD) {
            JsonNode d = bySource.get(in.resolve(name).toString());
            assertTrue(!"error".equals(d.path("status").asText()), name + ": " + d.path("findings"));
            String stem = d.path("name").asText();
            for (String ext : new String[] {".pdf", ".mp3", ".vtt"}) {
                Path f = out.resolve(stem + ext);
                assertTrue(Files.isRegularFile(f) && Files.size(f) > 0, "missing " + f);
            }
            assertTrue(d.path("outputs").path("pdf").path("pages").asInt() >= 1);
            assertTrue(d.path("outputs").path("audio").path("durationSeconds").asDouble() > 1);
            assertTrue(Files.readString(out.resolve(stem + ".vtt")).startsWith("WEBVTT"));
        }

        Map<String, String> expectedCode = Map.of("empty.txt", "empty", "random.txt", "binary", "latin1.txt", "not-utf8",
                "bad-date.txt", "invalid-date", "future-date.txt", "future-date", "huge.txt", "too-large");
        for (String name : bad) {
            JsonNode d = bySource.get(in.resolve("bad").resolve(name).toString());
            assertEquals("error", d.path("status").asText(), name);
            assertTrue(d.path("outputs").path("pdf").isNull(), name + " has no handout");
            JsonNode firstError = null;
            for (JsonNode f : d.path("findings")) {
                if ("error".equals(f.path("severity").asText()) && firstError == null) {
                    firstError = f;
                }
            }
            assertTrue(firstError != null && firstError.path("message").asText().length() > 10, name);
            if (expectedCode.containsKey(name)) {
                boolean found = false;
                for (JsonNode f : d.path("findings")) {
                    found |= expectedCode.get(name).equals(f.path("code").asText());
                }
                assertTrue(found, name + " should have " + expectedCode.get(name) + ": " + d.path("findings"));
            }
            assertTrue(run.err().contains(in.resolve("bad").resolve(name) + ""), "error line for " + name);
            assertFalse(Files.exists(out.resolve(OutputNames.stemOf(name) + ".pdf")));
        }
        assertFalse(run.err().contains("\tat "), "no stack traces without --verbose");

        assertEquals(BatchFixtures.GOOD.size(), report.path("totals").path("handouts").asInt());
        assertEquals(bad.size(), report.path("totals").path("error").asInt());
        assertEquals(1, report.path("skipped").size());
        assertTrue(BatchFixtures.tempFiles(out).isEmpty(), "no temporary files remain");
        assertTrue(run.out().startsWith((BatchFixtures.GOOD.size() + bad.size()) + " pages: "
                + BatchFixtures.GOOD.size() + " handouts, " + BatchFixtures.GOOD.size() + " audio editions, "
                + bad.size() + " failed"), run.out());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<track kind=\"captions\""));
        assertTrue(index.contains("Needs review"));
        if (Files.isExecutable(HeadlessAxe.CHROMIUM) && Files.isRegularFile(HeadlessAxe.AXE)) {
            JsonNode axe = IndexAccessibilityTest.runAxe(index, tmp);
            assertEquals(0, axe.path("violations").size(), "axe on the real index: " + axe.path("violations"));
        }
    }
}
