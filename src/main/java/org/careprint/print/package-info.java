/**
 * Large-print, tagged PDF/UA-1 handouts: styles, fonts, line breaking, pagination, the footer with the review
 * stamp and the "Words to know" appendix. Walks the model; never parses text. See docs/print.md.
 */
package org.careprint.print;
