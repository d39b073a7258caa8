package org.careprint.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as printed on handouts: "August 31, 2015". */
final class Dates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    /**
     * "31 Aug 2015" (short, no comma, the month still a word so never ambiguous): the footer's date when the
     * long one and "Page N of M" do not fit on one line.
     */
    static String formatShort(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }
}
