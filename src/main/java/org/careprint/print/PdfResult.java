package org.careprint.print;

public record PdfResult(int pageCount) {
}
