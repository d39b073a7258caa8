package org.careprint.print;

/**
 * @param paper          "letter" or "a4"
 * @param organization   printed in the title block, or null
 * @param showOverdue    print a "Review overdue" line when the review is overdue
 * @param audioUrl       full URL of this handout's audio edition for the page-1 QR code, or null
 * @param creationEpochSeconds timestamp written into the PDF (from content or SOURCE_DATE_EPOCH, never the clock)
 */
public record PrintOptions(String paper, String organization, boolean showOverdue, String audioUrl,
                           long creationEpochSeconds) {
}
