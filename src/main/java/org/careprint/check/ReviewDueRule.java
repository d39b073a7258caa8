package org.careprint.check;

import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/**
 * {@code review-due}: the next review falls within the policy's "due soon" window. Information only: the
 * page is still current, so it should not fail {@code --strict}.
 */
final class ReviewDueRule implements LintRule {
    public static final String CODE = "review-due";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        ReviewInfo r = context.review();
        if (r.status() != ReviewStatus.DUE) {
            return List.of();
        }
        String due = r.nextReview() == null ? "soon" : "by " + r.nextReview();
        return List.of(Finding.info(CODE, context.handout().metadata().reviewedLine(),
                "Medical review is due " + due + "; plan the next review."));
    }
}
