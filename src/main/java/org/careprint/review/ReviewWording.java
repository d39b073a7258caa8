package org.careprint.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/**
 * How review dates are said to patients and staff, in one place for print, audio, the transcript and the
 * index page: "August 31, 2015", "Medically reviewed on …", "Next review due …", "Review overdue since …".
 */
public final class ReviewWording {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.US);

    private ReviewWording() {
    }

    /** "August 31, 2015"; empty for null. */
    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** "31 Aug 2015": never ambiguous, for places too narrow for the long form (a giant-print footer). */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "Medically reviewed on August 31, 2015." or "Review date not known." */
    public static String reviewedSentence(ReviewInfo review) {
        LocalDate reviewed = review == null ? null : review.reviewed();
        return reviewed == null ? "Review date not known." : "Medically reviewed on " + longDate(reviewed) + ".";
    }

    /**
     * "Next review due August 31, 2018." — or, only when {@code showOverdue} and the review is overdue,
     * "Review overdue since August 31, 2018."; null when there is no next review date.
     */
    public static String nextReviewSentence(ReviewInfo review, boolean showOverdue) {
        if (review == null || review.nextReview() == null) {
            return null;
        }
        boolean overdue = showOverdue && review.status() == ReviewStatus.OVERDUE;
        return (overdue ? "Review overdue since " : "Next review due ") + longDate(review.nextReview()) + ".";
    }

    /** "Last updated June 7, 2022." or null. */
    public static String updatedSentence(ReviewInfo review) {
        return review == null || review.updated() == null ? null : "Last updated " + longDate(review.updated()) + ".";
    }
}
