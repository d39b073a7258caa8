package org.careprint.check;

import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/** {@code review-overdue}: the next review date (per the review policy) has passed. */
final class ReviewOverdueRule implements LintRule {
    public static final String CODE = "review-overdue";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        ReviewInfo r = context.review();
        if (r.status() != ReviewStatus.OVERDUE) {
            return List.of();
        }
        String due = r.nextReview() == null ? "" : " since " + r.nextReview();
        String last = r.reviewed() == null ? "" : " (last reviewed " + r.reviewed() + ")";
        return List.of(Finding.warning(CODE, context.handout().metadata().reviewedLine(),
                "Medical review is overdue" + due + last + "; have the page reviewed again."));
    }
}
