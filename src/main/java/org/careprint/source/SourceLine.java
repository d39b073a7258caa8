package org.careprint.source;

/** One line of input text with its 1-based line number in the original file. */
public record SourceLine(String text, int line) {
    public boolean isBlank() {
        return text.isBlank();
    }
}
