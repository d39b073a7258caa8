package org.careprint.audio;

/**
 * What an audio edition measured, read back from the written file where it can be.
 *
 * @param loudnessLufs integrated loudness of the encoded file (BS.1770 gated), decoded again
 * @param truePeakDbtp true peak of the encoded file, decoded again
 * @param speechWpm    spoken words per minute of speech only (inserted pauses left out)
 * @param overallWpm   spoken words per minute of the programme (file minus the room tone at both ends)
 */
public record AudioResult(double durationSeconds, int chapterCount, double loudnessLufs, double truePeakDbtp,
                          double speechWpm, double overallWpm) {
    public AudioResult(double durationSeconds, int chapterCount) {
        this(durationSeconds, chapterCount, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
