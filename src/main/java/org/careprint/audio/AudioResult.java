package org.careprint.audio;

public record AudioResult(double durationSeconds, int chapterCount) {
}
