package org.careprint.batch;

/** A file found under an input folder that the run did not read, and why. */
public record SkippedInput(String source, String relativePath, String reason) {
}
