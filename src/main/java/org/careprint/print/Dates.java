package org.careprint.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as printed on handouts: "August 31, 2015". */
final class Dates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }
}
