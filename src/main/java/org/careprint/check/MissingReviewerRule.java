package org.careprint.check;

import java.util.List;
import org.careprint.model.Finding;

/** {@code missing-reviewer}: no reviewer is named, or the "Reviewed By:" line is empty. */
final class MissingReviewerRule implements LintRule {
    public static final String CODE = "missing-reviewer";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        var metadata = context.handout().metadata();
        String reviewer = context.review().reviewer() != null ? context.review().reviewer() : metadata.reviewer();
        if (reviewer != null && !reviewer.isBlank()) {
            return List.of();
        }
        String message = reviewer == null
                ? "The page names no medical reviewer; add who reviewed it."
                : "The \u201cReviewed By\u201d line is empty; add the reviewer's name.";
        return List.of(Finding.warning(CODE, metadata.reviewedLine(), message));
    }
}
