package org.careprint.booklet;

import java.time.LocalDate;

/**
 * What a booklet is told.
 *
 * @param title           printed on the cover and the PDF's title
 * @param organization    printed on the cover (--org), or null
 * @param printed         the date printed on the cover (SOURCE_DATE_EPOCH's day, else --today), or null: never
 *                        the clock, so the same inputs give the same book
 * @param creationEpoch   the PDF's timestamp, or null to take it from the handouts' dates
 * @param reviewPage      list handouts overdue for review on the inside cover (unless --no-review-page)
 * @param showOverdue     print "Review overdue since …" in an overdue chapter's title block (--show-overdue)
 * @param paper           letter or a4
 */
public record BookletOptions(String title, String organization, LocalDate printed, Long creationEpoch,
                             boolean reviewPage, boolean showOverdue, String paper) {
    public static final String DEFAULT_TITLE = "Patient handouts";

    public BookletOptions {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        organization = organization == null || organization.isBlank() ? null : organization.strip();
        paper = paper == null ? "letter" : paper;
    }
}
