package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careprint.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: front matter types, UTF-16/32, control characters, lone surrogates, I/O errors in plain words. */
class HostileInputsTest {
    private static JsonNode doc(JsonNode report, String sourceEnd) {
        for (JsonNode d : report.path("documents")) {
            if (d.path("source").asText().endsWith(sourceEnd)) {
                return d;
            }
        }
        throw new AssertionError("no " + sourceEnd + " in " + report);
    }

    @Test
    void frontMatterValuesMustBeTextOrDates(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("binary.md"), "---\ntitle: !!binary aGVsbG8=\n---\n# Hi\n\nText.\n");
        Files.writeString(tmp.resolve("list.md"), "---\ntitle: Fine\nreviewer: [a, b]\n---\n# Hi\n\nText.\n");
        Files.writeString(tmp.resolve("map.md"), "---\nupdated: {year: 2024}\n---\n# Hi\n\nText.\n");
        Files.writeString(tmp.resolve("dated.md"), "---\ntitle: Dated\nlastReviewed: !!timestamp 2024-03-01\ntags: [a, b]\n---\n# Hi\n\nText.\n");
        BatchFixtures.Run run = BatchFixtures.cli("check", "--json", "--today", BatchFixtures.TODAY, tmp.toString());
        JsonNode report = ReportJson.MAPPER.createObjectNode().set("documents", ReportJson.MAPPER.readTree(run.out()));
        JsonNode f = null;
        for (JsonNode x : doc(report, "binary.md").path("findings")) {
            if (x.path("code").asText().equals("invalid-front-matter")) {
                f = x;
            }
        }
        assertEquals("Front matter key 'title' must be text, not binary data; write it as plain text, e.g. title: Hand Washing.",
                f.path("message").asText());
        assertEquals("error", f.path("severity").asText());
        assertEquals(2, f.path("line").asInt());
        assertEquals("error", doc(report, "binary.md").path("status").asText());
        assertTrue(doc(report, "list.md").toString().contains("'reviewer' must be text, not a list"));
        assertTrue(doc(report, "map.md").toString().contains("'updated' must be a date or text, not a map of keys"));
        JsonNode dated = doc(report, "dated.md");
        assertFalse(dated.toString().contains("invalid-front-matter"), "a YAML date where a date is expected; unused keys free");
        assertEquals("2024-03-01", dated.path("reviewed").asText());
    }

    @Test
    void utf16And32WithAByteOrderMarkAreRead(@TempDir Path tmp) throws Exception {
        String page = "\uFEFFWashing Hands\n\nWash your hands with soap for twenty seconds.\n\nMarch 3, 2024\nReviewed By: Dana Okafor\n";
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            Files.write(tmp.resolve(cs.toLowerCase() + ".txt"), page.getBytes(Charset.forName(cs)));
        }
        Files.write(tmp.resolve("no-bom.txt"), page.substring(1).getBytes(StandardCharsets.UTF_16LE));
        BatchFixtures.Run run = BatchFixtures.cli("check", "--json", "--today", BatchFixtures.TODAY, tmp.toString());
        JsonNode docs = ReportJson.MAPPER.readTree(run.out());
        for (JsonNode d : docs) {
            if (d.path("source").asText().endsWith("no-bom.txt")) {
                assertEquals("binary", d.path("findings").get(0).path("code").asText(), "no mark, no --encoding");
            } else {
                assertEquals("Washing Hands", d.path("title").asText(), d.toString());
                assertEquals("2024-03-03", d.path("reviewed").asText());
            }
        }
        BatchFixtures.Run told = BatchFixtures.cli("check", "--json", "--encoding", "UTF-16LE", "--today",
                BatchFixtures.TODAY, tmp.resolve("no-bom.txt").toString());
        assertEquals("Washing Hands", ReportJson.MAPPER.readTree(told.out()).get(0).path("title").asText(), told.out());
    }

    @Test
    void controlCharactersAndLoneSurrogatesNeverReachTheTerminalTheIndexOrTheCaptions(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("sore\u001b[31m-throat.html"), "<html><head><title>Bad &#xD800; title</title></head>"
                + "<body><main><h1>Sore \u001b[2Jthroat &#xD800; care\u0007</h1><p>Drink warm tea.\u001b[31m Rest your voice"
                + " and call us if it gets worse.</p><p>Reviewed March 3, 2024</p></main></body></html>");
        Path out = tmp.resolve("out");
        BatchFixtures.Run run = BatchFixtures.cli("build", in.toString(), "-o", out.toString(), "--today", BatchFixtures.TODAY);
        assertEquals(0, run.exit(), run.err());
        assertFalse((run.out() + run.err()).contains("\u001b"), run.err());
        assertTrue(run.err().contains("sore\\x1b[31m-throat.html"), run.err());
        String index = Files.readString(out.resolve("index.html"));
        assertFalse(index.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control characters in the index");
        assertFalse(index.contains("\uFFFD\uFFFD"));
        try (var files = Files.list(out)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".vtt")).count());
        }
        try (var files = Files.list(out)) {
            String vtt = Files.readString(files.filter(p -> p.toString().endsWith(".vtt")).findFirst().orElseThrow());
            assertFalse(vtt.chars().anyMatch(c -> c < 0x20 && c != '\n' || Character.isSurrogate((char) c)), vtt);
        }
        BatchFixtures.Run check = BatchFixtures.cli("check", in.toString(), "--today", BatchFixtures.TODAY);
        assertFalse(check.out().contains("\u001b") || check.out().contains("\u0007"), check.out());
        assertTrue(check.out().contains("\\x1b[2J") && check.out().contains("\\ud800"), check.out());
    }

    @Test
    void ioErrorsSayWhatFailedInPlainWords(@TempDir Path tmp) {
        IOException full = IoProblem.writing(tmp.resolve("out").resolve("x.pdf"), new IOException("No space left on device"));
        assertEquals("The disk is full writing " + InputPlanner.display(tmp.resolve("out").resolve("x.pdf"))
                + "; free some space and run again.", IoProblem.sentence(full));
        assertEquals("Permission denied writing a/b.mp3; check the folder's permissions or choose another folder with -o.",
                IoProblem.sentence(IoProblem.writing(Path.of("a/b.mp3"), new java.nio.file.AccessDeniedException("a/b.mp3"))));
    }

    @Test
    void aReportThatCannotBeWrittenIsOneLineNotAnInternalError(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("report.json").resolve("blocked")); // a folder where the report goes
        BatchFixtures.Run run = BatchFixtures.cli("build", in.toString(), "-o", out.toString(), "--today",
                BatchFixtures.TODAY, "--no-audio");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("careprint: Could not write the report: "), run.err());
        assertTrue(run.err().contains("writing " + InputPlanner.display(out.resolve("report.json"))), run.err());
        assertFalse(run.err().contains("internal-error") || run.err().contains("report the problem"), run.err());
    }
}
