package org.careprint.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs documents on N worker threads, each with its own {@link DocumentWorker} (renderers are not
 * thread-safe), and returns outcomes in plan order, so results never depend on N or on scheduling.
 *
 * <p>Each document has a time budget ({@code --doc-timeout}). A document over it gets a {@code timeout}
 * error outcome; its worker is abandoned (it may commit no further output or state, and its thread is
 * interrupted and left to finish as a daemon; audio synthesis, the long part, stops at the next sentence when
 * interrupted) and the slot continues with a fresh worker and thread, so
 * one hostile page cannot stall the batch or keep it from writing its report.
 */
public final class ParallelRunner {
    private ParallelRunner() {
    }

    public static List<DocumentOutcome> run(List<PlannedDocument> docs, RunContext ctx, int jobs, ProgressSink progress) {
        return run(docs, ctx, jobs, progress, () -> new DocumentWorker(ctx));
    }

    /** A document processor that can be told to give up (implemented by {@link DocumentWorker}; tests plug in others). */
    interface Worker {
        DocumentOutcome process(PlannedDocument doc);

        void abandon();
    }

    static List<DocumentOutcome> run(List<PlannedDocument> docs, RunContext ctx, int jobs, ProgressSink progress,
                                     Supplier<? extends Worker> workers) {
        if (docs.isEmpty()) {
            return List.of();
        }
        int threads = Math.max(1, Math.min(jobs, docs.size()));
        AtomicInteger ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "careprint-slot-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Slot> slots = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Slot> slot = ThreadLocal.withInitial(() -> {
            Slot s = new Slot(workers, ids);
            slots.add(s);
            return s;
        });
        long budget = ctx.options().docTimeoutMillis();
        try {
            List<Future<DocumentOutcome>> futures = new ArrayList<>();
            for (PlannedDocument doc : docs) {
                futures.add(pool.submit(() -> {
                    DocumentOutcome o = slot.get().process(doc, budget);
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
            synchronized (slots) {
                slots.forEach(Slot::close);
            }
        }
    }

    /** One worker thread and its {@link DocumentWorker}, replaced together when a document runs over budget. */
    private static final class Slot {
        private final Supplier<? extends Worker> workers;
        private final AtomicInteger ids;
        private ExecutorService thread;
        private Worker worker;

        Slot(Supplier<? extends Worker> workers, AtomicInteger ids) {
            this.workers = workers;
            this.ids = ids;
            fresh();
        }

        private void fresh() {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "careprint-worker-" + ids.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            worker = workers.get();
        }

        DocumentOutcome process(PlannedDocument doc, long budgetMillis) throws InterruptedException, ExecutionException {
            long start = System.nanoTime();
            Worker w = worker;
            Future<DocumentOutcome> f = thread.submit(() -> w.process(doc));
            if (budgetMillis <= 0) {
                return f.get();
            }
            try {
                return f.get(budgetMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                w.abandon();
                f.cancel(true);
                thread.shutdownNow();
                fresh();
                return DocumentWorker.timedOut(doc, budgetMillis, (System.nanoTime() - start) / 1_000_000L);
            }
        }

        void close() {
            thread.shutdownNow();
        }
    }
}
