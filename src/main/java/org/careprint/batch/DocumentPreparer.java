package org.careprint.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

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
                () -> new DocumentWorker(ctx, false, bound::put));
        List<Prepared> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentOutcome o = outcomes.get(i);
            DocumentPipeline.Prepared p = o.failed() ? null : bound.get(o.source());
            out.add(new Prepared(docs.get(i), o, p == null ? null : p.bound(), p == null ? null : p.review()));
        }
        return out;
    }
}
