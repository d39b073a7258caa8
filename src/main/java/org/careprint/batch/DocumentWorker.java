package org.careprint.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.careprint.model.CarePrintException;
import org.careprint.model.Finding;
import org.careprint.model.ReadResult;
import org.careprint.model.ReviewInfo;
import org.careprint.model.Severity;
import org.careprint.output.Job;
import org.careprint.source.DocumentLoader;

/**
 * Processes documents on one worker thread: read the file, run the {@link DocumentPipeline} (bind, review,
 * check) and, for build, the {@link RenderStep} through every enabled output. Never throws for a document:
 * every failure becomes an error finding in the outcome. Holds this thread's outputs, which are not
 * thread-safe.
 */
final class DocumentWorker implements ParallelRunner.Worker {
    private final RunContext ctx;
    private final DocumentLoader loader;
    private final DocumentPipeline pipeline;
    private final RenderStep renderStep;
    private final BiConsumer<String, DocumentPipeline.Prepared> onPrepared;
    /** Set when the runner gave up on this worker's document (over --doc-timeout): it must write nothing more. */
    private boolean abandoned;

    public DocumentWorker(RunContext ctx) {
        this(ctx, ctx.render(), null);
    }

    /**
     * A worker that hands each prepared (bound, reviewed, checked) document to {@code onPrepared}, and renders
     * only when {@code render}: the booklet prepares many handouts on the run's workers and prints them as one.
     */
    DocumentWorker(RunContext ctx, boolean render, BiConsumer<String, DocumentPipeline.Prepared> onPrepared) {
        this.ctx = ctx;
        this.loader = new DocumentLoader(ctx.options().loadOptions());
        this.pipeline = new DocumentPipeline(ctx);
        this.renderStep = render ? new RenderStep(ctx) : null;
        this.onPrepared = onPrepared;
    }

    @Override
    public DocumentOutcome process(PlannedDocument doc) {
        long start = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        String title = null;
        ReviewInfo review = null;
        List<DocumentOutcome.TermUse> terms = List.of();
        DocumentOutcome.ReadabilityScores readability = null;
        int cruft = 0;
        Outputs outputs = Outputs.NONE;
        String action = "not-rendered";
        Throwable failure = null;
        try {
            long t = System.nanoTime();
            // a named pipe or device swapped in after planning would block or never end: refuse it unread
            ReadResult read = java.nio.file.Files.isRegularFile(doc.file()) ? loader.load(doc.file())
                    : ReadResult.unreadable(Finding.error("unreadable", 0, "This is not a regular file (" + InputPlanner.kind(doc.file())
                            + "); CarePrint reads only ordinary files."));
            timings.put("readMs", millisSince(t));
            checkpoint();
            findings.addAll(read.findings());
            cruft = read.cruftRemoved();
            if (!read.readable()) {
                if (findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                    findings.add(Finding.error("unreadable", 0, "This file could not be read as a page."));
                }
            } else {
                t = System.nanoTime();
                DocumentPipeline.Prepared p = pipeline.prepare(read, doc);
                findings.addAll(p.findings());
                title = p.bound().metadata().title();
                review = p.review();
                terms = p.terms();
                readability = p.readability();
                timings.put("checkMs", millisSince(t));
                checkpoint();
                if (onPrepared != null) {
                    onPrepared.accept(doc.source(), p);
                    if (p.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                        action = "read-and-checked"; // prepared for a booklet, which prints it
                    }
                }
                if (renderStep != null && renderStep.hasOutputs()) {
                    Job job = renderStep.job(doc, p);
                    findings.addAll(renderStep.inspect(job));
                    if (findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                        String hash = renderStep.hash(doc, job);
                        Path out = ctx.options().output();
                        if (!ctx.options().force() && ctx.previous().upToDate(doc.source(), hash, out)) {
                            outputs = ctx.previous().get(doc.source()).outputs();
                            action = "up-to-date";
                        } else {
                            outputs = renderStep.render(job, timings, findings, committer());
                            action = "rendered";
                            record(doc.source(), new BuildState.Entry(hash, outputs));
                        }
                    }
                }
            }
        } catch (CarePrintException e) {
            findings.add(Finding.error("config", 0, e.getMessage()));
            failure = e;
        } catch (java.io.IOException e) {
            findings.add(Finding.error("io-error", 0, IoProblem.sentence(e)));
            failure = e;
        } catch (java.io.UncheckedIOException e) {
            findings.add(Finding.error("io-error", 0, IoProblem.sentence(e.getCause())));
            failure = e;
        } catch (Exception | StackOverflowError | LinkageError e) {
            findings.add(Finding.error("internal-error", 0, "CarePrint could not process this page ("
                    + describe(e) + "); run again with --verbose and report the problem."));
            failure = e;
        }
        if (failure != null) {
            outputs = Outputs.NONE;
            action = "not-rendered";
        }
        findings.sort(Comparator.comparingInt(Finding::line));
        timings.put("totalMs", millisSince(start));
        return new DocumentOutcome(doc.source(), doc.outputName(), title, review, terms, readability, findings,
                cruft, outputs, action, timings, failure);
    }

    /**
     * Called by the runner when this worker's document is over its time budget: from now on the worker
     * commits no output and records no state (the runner reports the timeout and uses a fresh worker).
     */
    @Override
    public synchronized void abandon() {
        abandoned = true;
    }

    private RenderStep.Committer committer() {
        return new RenderStep.Committer() {
            @Override
            public void commit(List<AtomicOutput> outs) throws IOException {
                DocumentWorker.this.commit(outs);
            }

            @Override
            public void checkpoint() {
                DocumentWorker.this.checkpoint();
            }
        };
    }

    /** Commits the document's outputs unless it was abandoned (checked and done under the same lock). */
    private synchronized void commit(List<AtomicOutput> outs) throws IOException {
        checkpoint();
        RenderStep.commitAll(outs);
    }

    /** Stops an abandoned document between stages, so its thread stops using CPU the batch needs. */
    private synchronized void checkpoint() {
        if (abandoned) {
            throw new java.util.concurrent.CancellationException("over its time budget");
        }
    }

    private synchronized void record(String source, BuildState.Entry entry) throws IOException {
        if (!abandoned) {
            ctx.previous().record(source, entry);
        }
    }

    /** The outcome of a document stopped after its budget of {@code budgetMs} (--doc-timeout). */
    static DocumentOutcome timedOut(PlannedDocument doc, long budgetMs, long elapsedMs) {
        String budget = budgetMs % 1000 == 0 ? budgetMs / 1000 + " s" : budgetMs + " ms";
        Finding f = Finding.error("timeout", 0, "This page took longer than its time budget of " + budget
                + " (--doc-timeout) and was stopped; it was not built. Check the page for very long"
                + " lines or deep nesting, or raise --doc-timeout.");
        return new DocumentOutcome(doc.source(), doc.outputName(), null, null, List.of(), null, List.of(f), 0,
                Outputs.NONE, "not-rendered", Map.of("totalMs", elapsedMs), null);
    }

    private static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg.lines().findFirst().orElse(""));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }

}
