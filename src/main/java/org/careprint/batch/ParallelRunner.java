package org.careprint.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs documents on N worker threads, each with its own {@link DocumentWorker} (renderers are not
 * thread-safe), and returns outcomes in plan order, so results never depend on N or on scheduling.
 */
public final class ParallelRunner {
    private ParallelRunner() {
    }

    public static List<DocumentOutcome> run(List<PlannedDocument> docs, RunContext ctx, int jobs, ProgressSink progress) {
        if (docs.isEmpty()) {
            return List.of();
        }
        int threads = Math.max(1, Math.min(jobs, docs.size()));
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "careprint-worker-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<DocumentWorker> workers = ThreadLocal.withInitial(() -> new DocumentWorker(ctx));
        try {
            List<Future<DocumentOutcome>> futures = new ArrayList<>();
            for (PlannedDocument doc : docs) {
                futures.add(pool.submit(() -> {
                    DocumentOutcome o = workers.get().process(doc);
                    progress.completed(o);
                    return o;
                }));
            }
            List<DocumentOutcome> outcomes = new ArrayList<>();
            for (Future<DocumentOutcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
