/**
 * Read-along talking books: NAME.epub, EPUB 3.3 with SMIL media overlays from the audio edition's
 * {@code audio.Timeline} (the same one the WebVTT captions are written from), a navigation document with the printed
 * handout's page list, and EPUB Accessibility 1.1 metadata. Depends on model, review, the output seam, audio (the
 * timeline and, when nothing is handed on, the renderer) and print (the page starts). See docs/epub.md.
 */
package org.careprint.epub;
