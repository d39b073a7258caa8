package org.careprint.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.careprint.model.CarePrintException;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.ReadResult;
import org.careprint.model.ReviewInfo;
import org.careprint.model.Severity;
import org.careprint.source.DocumentLoader;

/**
 * Reads and prepares documents (read → bind → review → check, the {@link DocumentPipeline}) without
 * rendering them, on the run's worker threads with the same time budget, and hands back each bound
 * handout with its outcome: for commands that print many handouts as one output (the booklet).
 */
public final class DocumentPreparer {
    private DocumentPreparer() {
    }

    /**
     * A prepared document. {@code handout} (bound) and {@code review} are null when it has an error finding
     * (unreadable, invalid date, name conflict, timeout …): such a document must not be printed.
     */
    public record Prepared(PlannedDocument doc, DocumentOutcome outcome, Handout handout, ReviewInfo review) {
        public boolean usable() {
            return handout != null;
        }
    }

    /** Prepares {@code docs} in plan order; never throws for a document. */
    public static List<Prepared> prepare(List<PlannedDocument> docs, RunContext ctx, ProgressSink progress) {
        Map<String, DocumentPipeline.Prepared> bound = new ConcurrentHashMap<>();
        List<DocumentOutcome> outcomes = ParallelRunner.run(docs, ctx, ctx.options().jobs(), progress,
                () -> new Worker(ctx, bound));
        List<Prepared> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentOutcome o = outcomes.get(i);
            DocumentPipeline.Prepared p = o.failed() ? null : bound.get(o.source());
            out.add(new Prepared(docs.get(i), o, p == null ? null : p.bound(), p == null ? null : p.review()));
        }
        return out;
    }

    private static final class Worker implements ParallelRunner.Worker {
        private final DocumentLoader loader;
        private final DocumentPipeline pipeline;
        private final Map<String, DocumentPipeline.Prepared> bound;
        private volatile boolean abandoned;

        Worker(RunContext ctx, Map<String, DocumentPipeline.Prepared> bound) {
            this.loader = new DocumentLoader(ctx.options().loadOptions());
            this.pipeline = new DocumentPipeline(ctx);
            this.bound = bound;
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
            Throwable failure = null;
            try {
                ReadResult read = loader.load(doc.file());
                findings.addAll(read.findings());
                cruft = read.cruftRemoved();
                if (!read.readable()) {
                    if (findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                        findings.add(Finding.error("unreadable", 0, "This file could not be read as a page."));
                    }
                } else {
                    DocumentPipeline.Prepared p = pipeline.prepare(read, doc);
                    findings.addAll(p.findings());
                    title = p.bound().metadata().title();
                    review = p.review();
                    terms = p.terms();
                    readability = p.readability();
                    if (!abandoned) {
                        bound.put(doc.source(), p);
                    }
                }
            } catch (CarePrintException e) {
                findings.add(Finding.error("config", 0, e.getMessage()));
                failure = e;
            } catch (Exception | StackOverflowError | LinkageError e) {
                findings.add(Finding.error("internal-error", 0, "CarePrint could not process this page ("
                        + e.getClass().getSimpleName() + "); run again with --verbose and report the problem."));
                failure = e;
            }
            findings.sort(Comparator.comparingInt(Finding::line));
            timings.put("totalMs", (System.nanoTime() - start) / 1_000_000L);
            return new DocumentOutcome(doc.source(), doc.outputName(), title, review, terms, readability, findings,
                    cruft, Outputs.NONE, failure == null && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)
                    ? "read-and-checked" : "not-rendered", timings, failure);
        }

        @Override
        public void abandon() {
            abandoned = true;
        }
    }
}
