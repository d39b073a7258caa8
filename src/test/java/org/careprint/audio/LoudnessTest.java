package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** BS.1770 measurement against known signals, and normalization under the true-peak ceiling. */
class LoudnessTest {
    private static final int FS = 16000;

    private static float[] sine(double hz, double amplitude, double seconds, double phase) {
        float[] x = new float[(int) (seconds * FS)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / FS + phase));
        }
        return x;
    }

    @Test
    void fullScaleSineAtOneKilohertzIsMinusThreeLufs() {
        // BS.1770: a 0 dBFS 1 kHz sine in one channel reads −3.01 LUFS; at −20 dBFS, −23.01.
        assertEquals(-3.01, Loudness.integrated(sine(1000, 1.0, 5, 0), 5 * FS, FS), 0.1);
        assertEquals(-23.01, Loudness.integrated(sine(1000, 0.1, 5, 0), 5 * FS, FS), 0.1);
    }

    @Test
    void silenceIsGatedAway() {
        float[] x = new float[10 * FS];
        System.arraycopy(sine(1000, 0.1, 5, 0), 0, x, 0, 5 * FS); // 5 s tone, 5 s digital silence
        assertEquals(-23.01, Loudness.integrated(x, x.length, FS), 0.1);
        assertTrue(Double.isInfinite(Loudness.integrated(new float[FS], FS, FS)));
    }

    @Test
    void truePeakSeesBetweenSamples() {
        // 4 kHz at 16 kHz with a 45° phase: every sample sits at ±0.707 of the wave's real peak.
        float[] x = sine(4000, 0.5, 1, Math.PI / 4);
        double samplePeak = 0;
        for (float v : x) {
            samplePeak = Math.max(samplePeak, Math.abs(v));
        }
        assertEquals(0.5 * Math.sqrt(0.5), samplePeak, 1e-3);
        assertEquals(0.5, Loudness.truePeak(x, x.length), 0.01);
    }

    @Test
    void normalizeHitsTheTargetUnderTheCeilingAndKeepsSilenceZero() {
        // Speech-like: a quiet tone with short loud bursts (high peak-to-loudness ratio), then silence.
        short[] s = new short[12 * FS];
        for (int i = 0; i < 10 * FS; i++) {
            double burst = (i / 1600) % 10 == 0 ? 0.6 : 0.05;
            s[i] = (short) Math.round(32767 * burst * Math.sin(2 * Math.PI * 440 * i / FS));
        }
        Loudness.Measure m = Loudness.normalize(s, s.length, FS, -19, -2);
        assertEquals(-19, m.integratedLufs(), 0.1);
        assertTrue(m.truePeakDbtp() <= -2.0 + 0.05, "true peak " + m.truePeakDbtp());
        for (int i = 10 * FS; i < s.length; i++) {
            assertEquals(0, s[i]);
        }
    }
}
