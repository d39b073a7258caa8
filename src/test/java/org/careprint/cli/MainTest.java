package org.careprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careprint.batch.ToolVersion;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionMatchesThePom() throws Exception {
        Run r = run("--version");
        assertEquals(0, r.exit());
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>careprint</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertEquals("careprint " + version, r.out().trim());
        assertEquals(version, ToolVersion.get());
    }

    @Test
    void helpListsCommandsAndOptions() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("careprint build"));
        assertTrue(r.out().contains("careprint merge"));
        Run b = run("build", "--help");
        assertEquals(0, b.exit());
        for (String opt : new String[] {"--shard", "--manifest", "--jobs", "--no-audio", "--review-cycle", "--max-size", "--spelling"}) {
            assertTrue(b.out().contains(opt), opt);
        }
        assertTrue(run("check", "--help").out().contains("--json"));
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("p.txt");
        Files.writeString(page, "Title\n\nText.\n");
        String[][] cases = {
                {},
                {"frobnicate"},
                {"build", "--no-such-option", page.toString()},
                {"build", "-o", tmp.resolve("o").toString(), tmp.resolve("missing.txt").toString()},
                {"build", "--today", "2025-02-30", page.toString()},
                {"build", "--paper", "a5", page.toString()},
                {"build", "--loudness", "loud", page.toString()},
                {"build", "--loudness", "-5", page.toString()},
                {"build", "--loudness", "19", page.toString()},
                {"build", "--audio-glossary", "sidebar", page.toString()},
                {"build", "--max-size", "lots", page.toString()},
                {"build", "--jobs", "0", page.toString()},
                {"build", "--shard", "3/2", page.toString()},
                {"check", "--encoding", "klingon", page.toString()},
                {"check"},
                {"merge", tmp.toString()},
                {"merge", tmp.resolve("nothing-here").toString(), "-o", tmp.resolve("m").toString()},
        };
        for (String[] args : cases) {
            Run r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
        }
    }

    @Test
    void parsesSizes() {
        assertEquals(1024L * 1024L, OptionValues.size("1M"));
        assertEquals(512L * 1024L, OptionValues.size("512k"));
        assertEquals(2L * 1024L * 1024L, OptionValues.size("2MB"));
        assertEquals(1500000L, OptionValues.size("1500000"));
        assertThrows(CarePrintException.class, () -> OptionValues.size("-1"));
    }
}
