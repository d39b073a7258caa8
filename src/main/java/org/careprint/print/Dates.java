package org.careprint.print;

import java.time.LocalDate;
import org.careprint.review.ReviewWording;

/** Dates as printed on handouts, worded by {@link ReviewWording} like every other output. */
final class Dates {
    private Dates() {
    }

    /** "August 31, 2015". */
    static String format(LocalDate date) {
        return ReviewWording.longDate(date);
    }

    /**
     * "31 Aug 2015" (short, no comma, the month still a word so never ambiguous): the footer's date when the
     * long one and "Page N of M" do not fit on one line.
     */
    static String formatShort(LocalDate date) {
        return ReviewWording.shortDate(date);
    }
}
