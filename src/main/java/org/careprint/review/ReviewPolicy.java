package org.careprint.review;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.CarePrintException;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/**
 * Review cycle and "due soon" window. A page's own front-matter {@code reviewFrequency} wins over the cycle.
 */
public record ReviewPolicy(Period cycle, int dueWindowDays) {
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:every\\s+)?(\\d{1,3})\\s*(d|days?|w|wks?|weeks?|m|mos?|months?|y|yrs?|years?)");
    private static final Map<String, Period> WORDS = Map.ofEntries(
            Map.entry("weekly", Period.ofWeeks(1)),
            Map.entry("monthly", Period.ofMonths(1)),
            Map.entry("quarterly", Period.ofMonths(3)),
            Map.entry("semiannually", Period.ofMonths(6)),
            Map.entry("semiannual", Period.ofMonths(6)),
            Map.entry("biannually", Period.ofMonths(6)),
            Map.entry("biannual", Period.ofMonths(6)),
            Map.entry("halfyearly", Period.ofMonths(6)),
            Map.entry("twiceayear", Period.ofMonths(6)),
            Map.entry("yearly", Period.ofYears(1)),
            Map.entry("annually", Period.ofYears(1)),
            Map.entry("annual", Period.ofYears(1)),
            Map.entry("biennially", Period.ofYears(2)),
            Map.entry("biennial", Period.ofYears(2)),
            Map.entry("triennially", Period.ofYears(3)),
            Map.entry("triennial", Period.ofYears(3)));
    static final String ACCEPTED = "a number with d, w, m or y (\"90d\", \"6w\", \"18m\", \"2y\"), an ISO period "
            + "(\"P2Y\"), or monthly, quarterly, semiannually/biannually (6 months), yearly/annually, biennially";

    public ReviewPolicy {
        if (cycle == null || cycle.isZero() || cycle.isNegative()) {
            throw new CarePrintException("The review cycle must be a positive period such as 3y or 18m.");
        }
        if (dueWindowDays < 0) {
            throw new CarePrintException("The review due window must be zero or more days, not " + dueWindowDays + ".");
        }
    }

    public static ReviewPolicy defaults() {
        return new ReviewPolicy(Period.ofYears(3), 90);
    }

    /** A policy with the default due window and the given cycle text (the --review-cycle option). */
    public static ReviewPolicy withCycle(String text) {
        return new ReviewPolicy(parseCycle(text), defaults().dueWindowDays());
    }

    /** Parses "18m", "2y", "90d", "quarterly", "yearly", ISO "P2Y"; throws CarePrintException otherwise. */
    public static Period parseCycle(String text) {
        return tryParseCycle(text).orElseThrow(() -> new CarePrintException("Review cycle \""
                + (text == null ? "" : text.trim()) + "\" is not understood; use " + ACCEPTED + "."));
    }

    /** Like {@link #parseCycle} but empty instead of throwing (for page front matter, which must not crash). */
    public static Optional<Period> tryParseCycle(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        Period p = WORDS.get(t.replaceAll("[\\s\\-_]", ""));
        if (p == null) {
            p = amount(t);
        }
        if (p == null && t.startsWith("p")) {
            try {
                p = Period.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                p = null;
            }
        }
        if (p == null || p.isZero() || p.isNegative()) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static Period amount(String t) {
        Matcher m = AMOUNT.matcher(t);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        char unit = m.group(2).charAt(0);
        switch (unit) {
            case 'd':
                return Period.ofDays(n);
            case 'w':
                return Period.ofWeeks(n);
            case 'm':
                return Period.ofMonths(n);
            default:
                return Period.ofYears(n);
        }
    }

    /** The cycle in force for a page: its own parseable reviewFrequency, else this policy's cycle. */
    public Period cycleFor(Metadata metadata) {
        return tryParseCycle(metadata.reviewFrequency()).orElse(cycle);
    }

    public ReviewInfo evaluate(Metadata metadata, LocalDate today) {
        LocalDate reviewed = metadata.reviewed();
        if (reviewed == null) {
            return new ReviewInfo(null, metadata.reviewer(), metadata.updated(), null, ReviewStatus.UNKNOWN);
        }
        LocalDate next;
        try {
            next = reviewed.plus(cycleFor(metadata));
        } catch (DateTimeException | ArithmeticException e) {
            next = LocalDate.MAX; // an absurdly long cycle: never due
        }
        ReviewStatus status;
        if (today.isAfter(next)) {
            status = ReviewStatus.OVERDUE;
        } else if (!today.isBefore(next.minusDays(dueWindowDays))) {
            status = ReviewStatus.DUE;
        } else {
            status = ReviewStatus.CURRENT;
        }
        return new ReviewInfo(reviewed, metadata.reviewer(), metadata.updated(), next, status);
    }
}
