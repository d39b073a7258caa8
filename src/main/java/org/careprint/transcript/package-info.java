/**
 * A plain-text transcript of a handout (NAME.txt): the same words as the print and audio editions, in
 * reading order, for screen readers, braille translation and copy-and-paste. Depends on model, review and
 * the output seam.
 */
package org.careprint.transcript;
