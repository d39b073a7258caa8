package org.careprint.print;

import java.util.List;

/**
 * What a printed handout came to; {@link PdfOutput} hands it on to later outputs (the e-book's page list).
 *
 * @param pageCount     pages in the PDF
 * @param bodyPages     pages of the handout itself (title block and content)
 * @param glossaryPages pages of "Words to know" (0 when the handout marks no terms)
 * @param pageStarts    for each page in order, the text it begins with (its first tagged lines with a letter;
 *                      running headers, footers and repeated table headers are artifacts and never count), so
 *                      another edition can mark where each printed page begins
 */
public record PdfResult(int pageCount, int bodyPages, int glossaryPages, List<String> pageStarts) {
    public PdfResult {
        pageStarts = List.copyOf(pageStarts);
    }

    public PdfResult(int pageCount, int bodyPages, int glossaryPages) {
        this(pageCount, bodyPages, glossaryPages, List.of());
    }
}
