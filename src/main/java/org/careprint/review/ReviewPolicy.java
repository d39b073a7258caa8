package org.careprint.review;

import java.time.LocalDate;
import java.time.Period;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;

/**
 * Review cycle and "due soon" window. A page's own front-matter {@code reviewFrequency} wins over the cycle.
 */
public record ReviewPolicy(Period cycle, int dueWindowDays) {
    public static ReviewPolicy defaults() {
        return new ReviewPolicy(Period.ofYears(3), 90);
    }

    /** Parses "18m", "2y", "90d", "quarterly", "yearly", ISO "P2Y"; throws CarePrintException otherwise. */
    public static Period parseCycle(String text) {
        throw new UnsupportedOperationException("TODO review helper");
    }

    public ReviewInfo evaluate(Metadata metadata, LocalDate today) {
        throw new UnsupportedOperationException("TODO review helper");
    }
}
