package org.careprint.check;

import java.util.Objects;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/**
 * What a rule sees: the glossary-bound handout, its review dates with policy applied, and the run's options.
 * A null review (caller skipped the review stage) is treated as "unknown" built from the handout's metadata.
  * Public because the reader tests in source run single rules.
 */
public record LintContext(Handout handout, ReviewInfo review, CheckOptions options) {
    public LintContext {
        Objects.requireNonNull(handout, "handout");
        Objects.requireNonNull(options, "options");
        if (review == null) {
            var m = handout.metadata();
            review = new ReviewInfo(m.reviewed(), m.reviewer(), m.updated(), null, ReviewStatus.UNKNOWN);
        }
    }
}
