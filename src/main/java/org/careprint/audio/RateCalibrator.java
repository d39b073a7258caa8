package org.careprint.audio;

import java.util.List;

/**
 * Picks FreeTTS's duration stretch so the output is spoken at the requested rate AS MEASURED: spoken words
 * divided by programme time, where programme time is the whole file minus the fixed room tone at both ends
 * (sentence and section pauses count, since the listener hears them). FreeTTS's nominal rate ignores pauses and
 * varies with the text, so we predict each phrase's speech time with the voice's front end at stretch 1 (speech
 * time scales linearly with the stretch) and solve for the stretch.
 */
final class RateCalibrator {
    static final float MIN_STRETCH = 0.6f;
    static final float MAX_STRETCH = 2.2f;
    static final double SPEECH_OVER_PROGRAMME = 160.0 / 150.0;
    static final double MIN_PAUSE_SCALE = 0.5;
    static final double MAX_PAUSE_SCALE = 1.5;

    private RateCalibrator() {
    }

    /**
     * @param predictedSpeech seconds of speech per unit at stretch 1
     * @param pauses          seconds of inserted silence between units (not stretched)
     * @param fixedPerUnit    seconds each unit adds regardless of stretch (kept margins)
     */
    static float stretch(int words, double wordsPerMinute, List<Double> predictedSpeech, double pauses,
                         double fixedPerUnit) {
        double speech = predictedSpeech.stream().mapToDouble(Double::doubleValue).sum();
        if (speech <= 0 || words == 0) {
            return 1f;
        }
        double target = words * 60.0 / wordsPerMinute;
        double available = target - pauses - fixedPerUnit * predictedSpeech.size();
        return clamp((float) (available / speech));
    }

    static float clamp(float stretch) {
        return Math.max(MIN_STRETCH, Math.min(MAX_STRETCH, stretch));
    }

    /**
     * Rate of the speech itself for a requested programme rate: 160 wpm at 150 (older listeners need the words slower,
     * not only longer silences between them; issue 16 asks ≤ 165), in proportion at other rates.
     */
    static double speechRate(int wordsPerMinute) {
        return wordsPerMinute * SPEECH_OVER_PROGRAMME;
    }

    /**
     * Factor for every inserted pause so that speech plus pauses last {@code words·60/wpm}; kept within 0.5–1.5 so
     * headings still sound like headings (the programme rate then drifts, reported as measured).
     */
    static double pauseScale(int words, int wordsPerMinute, double speechSeconds, double pauses) {
        if (pauses <= 0 || words == 0) {
            return 1;
        }
        double k = (words * 60.0 / wordsPerMinute - speechSeconds) / pauses;
        return Math.max(MIN_PAUSE_SCALE, Math.min(MAX_PAUSE_SCALE, k));
    }

    /** Measured words per minute of a finished track (see class comment for the definition). */
    static double measuredWpm(int words, double totalSeconds) {
        double programme = totalSeconds - Pauses.LEAD_IN - Pauses.TAIL;
        return programme <= 0 ? 0 : words * 60.0 / programme;
    }
}
