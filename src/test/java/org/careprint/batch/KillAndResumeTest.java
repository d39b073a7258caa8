package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5 done-when: a real process killed midway, rerun, gives outputs byte-identical to an uninterrupted run. */
class KillAndResumeTest {
    @Test
    void killedRunResumesToIdenticalOutputs(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        for (String name : BatchFixtures.GOOD) {
            Files.copy(in.resolve(name), in.resolve("copy-" + name));
        }
        Path reference = tmp.resolve("reference");
        assertEquals(0, BatchFixtures.cli("build", in.toString(), "-o", reference.toString(), "--today",
                BatchFixtures.TODAY, "--jobs", "1", "--quiet").exit());

        Path out = tmp.resolve("out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "org.careprint.cli.Main", "build", in.toString(), "-o", out.toString(),
                "--today", BatchFixtures.TODAY, "--jobs", "1"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        Process child = pb.start();
        // Wait until the child has finished (and journaled) at least one document but not the run, then kill it hard.
        while (child.isAlive() && !hasFinishedOutput(out)) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the child finished before it could be killed:\n" + Files.readString(tmp.resolve("child.log")));
        child.destroyForcibly().waitFor();
        assertFalse(Files.exists(out.resolve("report.json")), "killed before the end of the run");

        BatchFixtures.Run rerun = BatchFixtures.cli("build", in.toString(), "-o", out.toString(), "--today",
                BatchFixtures.TODAY, "--jobs", "2");
        assertEquals(0, rerun.exit(), rerun.err());
        assertTrue(rerun.out().matches("(?s).*\\b\\d+ rendered, [1-9]\\d* up to date.*"),
                "the rerun keeps what the killed run finished:\n" + rerun.out());
        assertFalse(Files.exists(out.resolve(BuildState.JOURNAL_NAME)), "a completed run folds the journal away");
        assertTrue(BatchFixtures.tempFiles(out).isEmpty(), "no temporary files remain");
        IncrementalAndJobsTest.assertSameOutputs(reference, out);
    }

    private static boolean hasFinishedOutput(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return false;
        }
        // The journal file appears when it is opened, a moment before its first line is written: wait for a whole
        // line, or a loaded machine kills the child in that moment and the test fails for the wrong reason.
        Path journal = out.resolve(BuildState.JOURNAL_NAME);
        try {
            return Files.isRegularFile(journal) && Files.readString(journal).contains("\n");
        } catch (IOException e) {
            return false;
        }
    }
}
