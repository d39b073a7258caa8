package org.careprint.model;

import java.time.LocalDate;

/**
 * A page's review dates with the policy applied. Produced by the {@code review} package, consumed by
 * renderers and reports (so they need not know the policy).
 *
 * @param nextReview reviewed + cycle, or null when the review date is unknown
 */
public record ReviewInfo(LocalDate reviewed, String reviewer, LocalDate updated, LocalDate nextReview,
                         ReviewStatus status) {
}
