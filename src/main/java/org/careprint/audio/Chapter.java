package org.careprint.audio;

/** A navigable section of the audio, in samples; it starts with its first cue. */
record Chapter(String title, long start, long end) {
}
