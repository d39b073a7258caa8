/**
 * Outreach booklets (issue 14): many handouts as one printable, accessible book. Decides what the book holds
 * and where — cover, the staff page "Review before distributing", table of contents, one chapter per handout
 * starting on a right-hand page, the combined "Words to know" with the pages that use each word — measures
 * it, then writes it chapter by chapter through {@link org.careprint.print.BookPrinter}. See docs/print.md.
 */
package org.careprint.booklet;
