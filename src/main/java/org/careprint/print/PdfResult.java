package org.careprint.print;

/**
 * @param pageCount     pages in the PDF
 * @param bodyPages     pages of the handout itself (title block and content)
 * @param glossaryPages pages of "Words to know" (0 when the handout marks no terms)
 */
public record PdfResult(int pageCount, int bodyPages, int glossaryPages) {
}
