package org.careprint.audio;

/**
 * What an audio edition measured, read back from the written file where it can be, and its timeline.
 *
 * @param loudnessLufs integrated loudness of the encoded file (BS.1770 gated), decoded again
 * @param truePeakDbtp true peak of the encoded file, decoded again
 * @param speechWpm    spoken words per minute of speech only (inserted pauses left out)
 * @param overallWpm   spoken words per minute of the programme (file minus the room tone at both ends)
 * @param timeline     cues and chapters in samples of the file's rate, as the captions and ID3 chapters were
 *                     written from it; null when not rendered by an {@link AudioRenderer}
 * @param voice        the voice that spoke it, e.g. "kevin16 (FreeTTS 1.2.2)"; null when unknown
 */
public record AudioResult(double durationSeconds, int chapterCount, double loudnessLufs, double truePeakDbtp,
                          double speechWpm, double overallWpm, Timeline timeline, String voice) {
    public AudioResult(double durationSeconds, int chapterCount, double loudnessLufs, double truePeakDbtp,
                       double speechWpm, double overallWpm) {
        this(durationSeconds, chapterCount, loudnessLufs, truePeakDbtp, speechWpm, overallWpm, null, null);
    }

    public AudioResult(double durationSeconds, int chapterCount) {
        this(durationSeconds, chapterCount, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
