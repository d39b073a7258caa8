/**
 * Reading: input guards (empty, binary, encoding, size), one reader per format (scraped text, Markdown with
 * front matter, HTML) and the page-date parser. Pure: bytes in, a Handout and findings out; a reader never
 * throws and never lays out anything.
 */
package org.careprint.source;
