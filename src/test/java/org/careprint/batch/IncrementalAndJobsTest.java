package org.careprint.batch;

import org.careprint.report.ReportJson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5 done-when: --jobs 1 and --jobs 2 are byte-identical; an unchanged second run renders nothing. */
class IncrementalAndJobsTest {
    @Test
    void outputsDoNotDependOnJobsAndUnchangedRunsRenderNothing(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, BatchFixtures.cli("build", in.toString(), "-o", one.toString(), "--today", BatchFixtures.TODAY,
                "--jobs", "1").exit());
        assertEquals(0, BatchFixtures.cli("build", in.toString(), "-o", two.toString(), "--today", BatchFixtures.TODAY,
                "--jobs", "2").exit());
        assertSameOutputs(one, two);

        TreeMap<String, byte[]> before = BatchFixtures.contents(one, "report.json");
        Map<String, Long> mtimes = new TreeMap<>();
        for (String name : before.keySet()) {
            mtimes.put(name, Files.getLastModifiedTime(one.resolve(name)).toMillis());
        }
        BatchFixtures.Run again = BatchFixtures.cli("build", in.toString(), "-o", one.toString(), "--today",
                BatchFixtures.TODAY, "--jobs", "2");
        assertEquals(0, again.exit());
        assertTrue(again.out().contains("Nothing to render: 4 up to date."), again.out());
        JsonNode report = ReportJson.MAPPER.readTree(one.resolve("report.json").toFile());
        assertEquals(0, report.path("thisRun").path("rendered").asInt());
        for (String name : mtimes.keySet()) {
            if (name.endsWith(".pdf") || name.endsWith(".mp3") || name.endsWith(".vtt")) {
                assertEquals(mtimes.get(name), Files.getLastModifiedTime(one.resolve(name)).toMillis(), name + " untouched");
            }
        }
        assertSameOutputs(one, two);

        Files.writeString(in.resolve("hand-washing.txt"),
                Files.readString(in.resolve("hand-washing.txt")).replace("clean towel", "fresh towel"));
        BatchFixtures.Run changed = BatchFixtures.cli("build", in.toString(), "-o", one.toString(), "--today",
                BatchFixtures.TODAY, "--no-audio", "--jobs", "2");
        assertTrue(changed.out().contains("4 rendered"), "options changed for all: " + changed.out());
        BatchFixtures.Run edited = BatchFixtures.cli("build", in.toString(), "-o", one.toString(), "--today",
                BatchFixtures.TODAY, "--no-audio");
        assertTrue(edited.out().contains("Nothing to render"), edited.out());
        Files.writeString(in.resolve("hand-washing.txt"),
                Files.readString(in.resolve("hand-washing.txt")).replace("fresh towel", "dry towel"));
        BatchFixtures.Run one1 = BatchFixtures.cli("build", in.toString(), "-o", one.toString(), "--today",
                BatchFixtures.TODAY, "--no-audio");
        assertTrue(one1.out().contains("1 rendered, 3 up to date."), one1.out());
        BatchFixtures.Run forced = BatchFixtures.cli("build", in.toString(), "-o", one.toString(), "--today",
                BatchFixtures.TODAY, "--no-audio", "--force");
        assertTrue(forced.out().contains("4 rendered, 0 up to date."), forced.out());
    }

    static void assertSameOutputs(Path a, Path b) throws Exception {
        TreeMap<String, byte[]> x = BatchFixtures.contents(a, "report.json");
        TreeMap<String, byte[]> y = BatchFixtures.contents(b, "report.json");
        assertEquals(x.keySet(), y.keySet());
        for (String name : x.keySet()) {
            assertArrayEquals(x.get(name), y.get(name), name + " differs");
        }
        assertEquals(ReportJson.withoutRunDetails(ReportJson.MAPPER.readTree(a.resolve("report.json").toFile())),
                ReportJson.withoutRunDetails(ReportJson.MAPPER.readTree(b.resolve("report.json").toFile())));
    }
}
