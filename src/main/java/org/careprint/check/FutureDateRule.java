package org.careprint.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Metadata;

/**
 * {@code future-date}: a review or update date after today is a typo or a wrong date format, never
 * something to trust. (An update before the review is normal and not reported.)
 */
final class FutureDateRule implements LintRule {
    public static final String CODE = "future-date";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        LocalDate today = context.options().today();
        Metadata m = context.handout().metadata();
        List<Finding> findings = new ArrayList<>();
        LocalDate reviewed = m.reviewed() != null ? m.reviewed() : context.review().reviewed();
        LocalDate updated = m.updated() != null ? m.updated() : context.review().updated();
        if (reviewed != null && reviewed.isAfter(today)) {
            findings.add(Finding.error(CODE, m.reviewedLine(), "The review date " + reviewed
                    + " is in the future (today is " + today + "); correct the date."));
        }
        if (updated != null && updated.isAfter(today)) {
            findings.add(Finding.error(CODE, m.updatedLine(), "The update date " + updated
                    + " is in the future (today is " + today + "); correct the date."));
        }
        return findings;
    }
}
