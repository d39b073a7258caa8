/**
 * Reading: input guards (empty, binary, encoding, size), the reader table ({@code Format}: each format's
 * extensions, reader, and whether it reads text or bytes), one reader per format (scraped text, Markdown with
 * front matter, HTML), the shared clean-up passes and the page-date parser. Pure: bytes in, a Handout and
 * findings out; a reader never throws and never lays out anything. Only {@link org.careprint.source.DocumentLoader}
 * and {@link org.careprint.source.LoadOptions} are public: the batch layer reads through them.
 */
package org.careprint.source;
