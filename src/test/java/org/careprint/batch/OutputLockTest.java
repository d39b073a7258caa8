package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.careprint.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: one run at a time per output folder; the second says who holds it (exit 2) or waits with --wait. */
class OutputLockTest {
    private static String[] build(Path in, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", in.toString(), "-o", out.toString(), "--today",
                BatchFixtures.TODAY, "--no-audio", "--jobs", "1"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static Process holder(Path dir) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", r.readLine());
        return p;
    }

    @Test
    void aSecondRunNamesTheHolderAndStopsOrWaits(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Process other = holder(out);
        try {
            BatchFixtures.Run refused = BatchFixtures.cli(build(in, out));
            assertEquals(2, refused.exit(), refused.err());
            assertTrue(refused.err().contains("is in use by another CarePrint run (pid " + other.pid() + " started "),
                    refused.err());
            assertTrue(refused.err().contains("--wait"), refused.err());
            assertEquals(1, refused.err().strip().lines().count(), "one line: " + refused.err());
            assertFalse(Files.exists(out.resolve("report.json")), "nothing written while another run holds the folder");

            CompletableFuture<BatchFixtures.Run> waiting = CompletableFuture.supplyAsync(
                    () -> BatchFixtures.cli(build(in, out, "--wait")));
            Thread.sleep(1500);
            assertFalse(waiting.isDone(), "--wait waits while the folder is held");
            other.getOutputStream().close();
            assertEquals(0, other.waitFor());
            BatchFixtures.Run waited = waiting.get(120, TimeUnit.SECONDS);
            assertEquals(0, waited.exit(), waited.err());
            assertTrue(waited.err().contains("careprint: waiting for"), waited.err());
            assertEquals(4, ReportJson.MAPPER.readTree(out.resolve("report.json").toFile()).path("totals").path("handouts").asInt());
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void theStaleLockOfADeadRunIsTakenOver(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(OutputLock.FILE_NAME), "pid 999999 started 2020-01-01T00:00:00Z on gone\n");
        BatchFixtures.Run run = BatchFixtures.cli(build(in, out));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("took over the lock of a run that is no longer running (pid 999999"), run.err());
        assertEquals("", Files.readString(out.resolve(OutputLock.FILE_NAME)), "released: no holder named");
    }

    @Test
    void twoConcurrentBuildsInOneFolder(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        // without --wait: one builds, the other is refused (or runs after it), never a broken folder
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<BatchFixtures.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return BatchFixtures.cli(build(in, out, "--force"));
            }));
        }
        List<Integer> exits = new ArrayList<>();
        for (CompletableFuture<BatchFixtures.Run> r : runs) {
            BatchFixtures.Run run = r.get(120, TimeUnit.SECONDS);
            exits.add(run.exit());
            assertFalse(run.err().contains("internal-error"), run.err());
            if (run.exit() == 2) {
                assertTrue(run.err().contains("is in use by another CarePrint run"), run.err());
            }
        }
        assertTrue(exits.contains(0) && exits.stream().allMatch(e -> e == 0 || e == 2), exits.toString());
        assertComplete(out);

        // two real processes with --wait: both finish, the folder is whole
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "org.careprint.cli.Main"));
            cmd.addAll(List.of(build(in, out, "--force", "--wait")));
            children.add(new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("child-" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < 2; i++) {
            assertTrue(children.get(i).waitFor(180, TimeUnit.SECONDS));
            assertEquals(0, children.get(i).exitValue(), Files.readString(tmp.resolve("child-" + i + ".log")));
        }
        assertComplete(out);
    }

    private static void assertComplete(Path out) throws Exception {
        JsonNode report = ReportJson.MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals(4, report.path("totals").path("handouts").asInt(), report.toString());
        String index = Files.readString(out.resolve("index.html"));
        for (String name : List.of("anemia-basics", "hand-washing", "mouth-care", "walking")) {
            assertTrue(Files.isRegularFile(out.resolve(name + ".pdf")), name);
            assertTrue(index.contains("href=\"" + name + ".pdf\""), name + " listed");
        }
        assertTrue(BatchFixtures.tempFiles(out).isEmpty(), "no temporaries left");
    }
}
