package org.careprint.check;

import java.util.List;
import org.careprint.model.Finding;

/**
 * {@code missing-review-date}: the page gives no date of its last medical review. A warning, not an error:
 * the issue lists only invalid, future and placeholder dates as errors, and "unknown" is a legitimate review
 * status; {@code --strict} turns it into a failure for clinics that require dates.
 */
final class MissingReviewDateRule implements LintRule {
    public static final String CODE = "missing-review-date";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.review().reviewed() != null || context.handout().metadata().reviewed() != null) {
            return List.of();
        }
        return List.of(Finding.warning(CODE, 0,
                "The page gives no medical review date; add the date it was last reviewed so patients can judge how current it is."));
    }
}
