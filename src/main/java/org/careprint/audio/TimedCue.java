package org.careprint.audio;

/** A transcript cue: the written phrase and where its speech lies, in samples. */
record TimedCue(long start, long end, String text) {
}
