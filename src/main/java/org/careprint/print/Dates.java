package org.careprint.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as printed on handouts: "August 31, 2015". */
final class Dates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /** "Aug 31, 2015": the footer's wording when the long date and "Page N of M" do not fit on one line. */
    static String formatShort(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }
}
