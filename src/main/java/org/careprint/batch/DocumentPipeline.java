package org.careprint.batch;

import java.util.ArrayList;
import java.util.List;
import org.careprint.check.Readability;
import org.careprint.glossary.TermBinder;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.careprint.model.ReviewInfo;
import org.careprint.model.TermBinding;
import org.careprint.output.Figures;

/**
 * What happens to a read page before anything is rendered: manifest overrides, term binding, the review
 * policy and the checks. No files are touched (the opt-in outside dictionary may use its cache and the
 * network); thread-safe, shared by all workers.
 */
final class DocumentPipeline {
    private final RunContext ctx;

    DocumentPipeline(RunContext ctx) {
        this.ctx = ctx;
    }

    /** A checked page: the bound handout, its review status and everything staff are told about it. */
    record Prepared(Handout bound, ReviewInfo review, List<Finding> findings, List<DocumentOutcome.TermUse> terms,
                    DocumentOutcome.ReadabilityScores readability) {
    }

    Prepared prepare(ReadResult read, PlannedDocument doc) {
        List<Finding> findings = new ArrayList<>();
        TermBinder.Result binding = TermBinder.bind(applyOverrides(read.handout(), doc), ctx.glossary(), ctx.dictionary());
        Handout bound = binding.handout();
        findings.addAll(binding.findings());
        ReviewInfo review = ctx.policy().evaluate(bound.metadata(), ctx.options().today());
        findings.addAll(ctx.checker().check(bound, review));
        Readability r = Readability.of(bound);
        DocumentOutcome.ReadabilityScores readability = new DocumentOutcome.ReadabilityScores(
                Figures.round(r.fleschKincaid(), 1), Figures.round(r.smog(), 1));
        if (doc.conflict() != null) {
            findings.add(Finding.error("name-conflict", 0, doc.conflict()));
        }
        return new Prepared(bound, review, findings, terms(bound), readability);
    }

    private Handout applyOverrides(Handout handout, PlannedDocument doc) {
        Metadata m = handout.metadata();
        if (doc.overrides().title() != null) {
            m = m.withTitle(doc.overrides().title());
        }
        if (doc.overrides().reviewCycle() != null) {
            m = m.withReviewFrequency(doc.overrides().reviewCycle());
        }
        Handout h = handout.withMetadata(m);
        if (ctx.options().autoTerms()) {
            h = TermBinder.markFirstUses(h, ctx.glossary());
        }
        return h;
    }

    private static List<DocumentOutcome.TermUse> terms(Handout bound) {
        List<DocumentOutcome.TermUse> list = new ArrayList<>();
        for (Inline.Term t : bound.distinctTerms()) {
            TermBinding b = t.binding();
            list.add(new DocumentOutcome.TermUse(t.label(), t.defined(), b == null ? null : b.entry(),
                    t.defined() ? t.definition() : null, b == null ? null : b.source()));
        }
        return list;
    }
}
