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

    private RateCalibrator() {
    }

    /**
     * @param predictedSpeech seconds of speech per unit at stretch 1
     * @param pauses          seconds of inserted silence between units (not stretched)
     * @param fixedPerUnit    seconds each unit adds regardless of stretch (kept margins)
     */
    static float stretch(int words, int wordsPerMinute, List<Double> predictedSpeech, double pauses,
                         double fixedPerUnit) {
        double speech = predictedSpeech.stream().mapToDouble(Double::doubleValue).sum();
        if (speech <= 0 || words == 0) {
            return 1f;
        }
        double target = words * 60.0 / wordsPerMinute;
        double available = target - pauses - fixedPerUnit * predictedSpeech.size();
        float s = (float) (available / speech);
        return Math.max(MIN_STRETCH, Math.min(MAX_STRETCH, s));
    }

    /** Measured words per minute of a finished track (see class comment for the definition). */
    static double measuredWpm(int words, double totalSeconds) {
        double programme = totalSeconds - Pauses.LEAD_IN - Pauses.TAIL;
        return programme <= 0 ? 0 : words * 60.0 / programme;
    }
}
