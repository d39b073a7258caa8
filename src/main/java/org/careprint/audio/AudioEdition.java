package org.careprint.audio;

/**
 * A rendered audio edition as {@link AudioOutput} hands it on to later outputs of the same document (through
 * {@code output.Handoff}): the file's exact bytes and what was measured, with the {@link Timeline} the captions
 * were written from.
 *
 * @param fileName the file's name in the output folder ("bone-metastases.mp3")
 * @param format   "mp3" or "wav"
 * @param bytes    the file as written (not copied; do not modify)
 * @param result   measurements and the timeline
 */
public record AudioEdition(String fileName, String format, byte[] bytes, AudioResult result) {
}
