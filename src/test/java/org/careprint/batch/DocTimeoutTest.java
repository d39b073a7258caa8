package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careprint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --doc-timeout (issue 15): a document over its budget fails with "timeout" and the batch goes on. */
class DocTimeoutTest {
    @TempDir
    Path tmp;

    private static PlannedDocument doc(Path file) {
        String name = file.getFileName().toString().replaceAll("\\..*$", "");
        return new PlannedDocument(file, file.toString(), file.getFileName().toString(), name, DocumentOverrides.NONE, null);
    }

    /** A stand-in worker: "slow" pages wait until interrupted; others finish at once. */
    private static final class FakeWorker implements ParallelRunner.Worker {
        final AtomicBoolean abandoned = new AtomicBoolean();

        @Override
        public DocumentOutcome process(PlannedDocument d) {
            if (d.source().contains("slow")) {
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new DocumentOutcome(d.source(), d.outputName(), "T", null, List.of(), null,
                    List.of(Finding.info("done", 0, "done")), 0, Outputs.NONE, "not-rendered", Map.of(), null);
        }

        @Override
        public void abandon() {
            abandoned.set(true);
        }
    }

    private RunContext context(long budgetMillis, List<PlannedDocument> docs, boolean render) {
        BatchOptions options = BatchOptions.builder().output(tmp.resolve("out")).today(LocalDate.of(2025, 6, 1))
                .audio(false).docTimeoutMillis(budgetMillis).jobs(1).build();
        return RunContext.prepare(options, docs, render, false, BuildState.empty());
    }

    @Test
    void slowDocumentTimesOutAndTheOthersStillRun() throws Exception {
        List<PlannedDocument> docs = List.of(doc(tmp.resolve("a.txt")), doc(tmp.resolve("slow.txt")), doc(tmp.resolve("c.txt")));
        List<FakeWorker> workers = new CopyOnWriteArrayList<>();
        List<DocumentOutcome> outcomes = ParallelRunner.run(docs, context(300, docs, false), 1, ProgressSink.create(3, true, System.err, "Testing"),
                () -> {
                    FakeWorker w = new FakeWorker();
                    workers.add(w);
                    return w;
                });
        assertEquals(3, outcomes.size());
        assertEquals("ok", outcomes.get(0).status());
        assertEquals("timeout", outcomes.get(1).findings().get(0).code());
        assertEquals("error", outcomes.get(1).status());
        assertTrue(outcomes.get(1).findings().get(0).message().contains("--doc-timeout"));
        assertEquals("ok", outcomes.get(2).status());
        assertEquals(2, workers.size(), "a fresh worker after the timeout");
        assertTrue(workers.get(0).abandoned.get());
        assertFalse(workers.get(1).abandoned.get());
    }

    @Test
    void abandonedWorkerWritesNothing() throws Exception {
        Path page = tmp.resolve("page.txt");
        Files.writeString(page, "Washing Hands\n\nWash your hands with soap and water for twenty seconds.\n");
        List<PlannedDocument> docs = List.of(doc(page));
        Files.createDirectories(tmp.resolve("out"));
        DocumentWorker control = new DocumentWorker(context(0, docs, true));
        assertEquals("rendered", control.process(docs.get(0)).action(), "the page itself renders");
        Files.delete(tmp.resolve("out/page.pdf"));
        DocumentWorker worker = new DocumentWorker(context(0, docs, true));
        worker.abandon();
        DocumentOutcome o = worker.process(docs.get(0));
        assertEquals("not-rendered", o.action());
        assertEquals(Outputs.NONE, o.outputs());
        assertFalse(Files.exists(tmp.resolve("out/page.pdf")));
        assertTrue(BatchFixtures.tempFiles(tmp).isEmpty());
    }

    @Test
    void cliRejectsBadBudgetWithExit2() {
        BatchFixtures.Run r = BatchFixtures.cli("build", "--doc-timeout", "soon", tmp.toString(), "-o", tmp.resolve("o").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--doc-timeout") && r.err().contains("0 to 86400"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }
}
