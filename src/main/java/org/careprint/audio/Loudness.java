package org.careprint.audio;

/**
 * Programme loudness per ITU-R BS.1770-4 / EBU R128 (K-weighting, 400 ms blocks with 75 % overlap, absolute gate
 * at −70 LUFS, relative gate 10 LU below), true peak by 12× oversampling (to 192 kHz at 16 kHz, as ffmpeg's
 * {@code ebur128=peak=true} does), and normalization of mono PCM to a loudness target under a true-peak ceiling.
 *
 * <p>Normalization is a static gain plus a look-ahead peak limiter whose gain curve is a minimum filter followed by
 * a shorter moving average, so the gain at every sample is at most what that sample's (inter-sample) peak needs and
 * changes over ≥ 10 ms, never instantly. Limiting lowers the loudness a little, so gain and limiting are repeated
 * until the result sits on the target. Digital silence stays exactly zero (MP3 pieces are cut there).
 */
final class Loudness {
    /** Default integrated loudness for mono spoken word (EBU R128 s4 / podcast practice: −16 LUFS stereo, −19 mono). */
    static final double DEFAULT_TARGET_LUFS = -19.0;
    /** Highest accepted target; louder than this speech cannot stay under the true-peak ceiling without pumping. */
    static final double MAX_TARGET_LUFS = -10.0;
    static final double MIN_TARGET_LUFS = -40.0;
    /** Ceiling we promise for the encoded file. */
    static final double MAX_TRUE_PEAK_DBTP = -1.0;
    /** Ceiling on the PCM: MP3 coding adds up to about a decibel of overshoot at 40 kbps. */
    static final double PCM_CEILING_DBTP = -2.0;

    private static final int OVERSAMPLE = 12;
    private static final int TAPS = 16; // per phase: ±8 input samples
    private static final double[][] PHASES = interpolationFilter();

    /** Measured loudness of a signal. */
    record Measure(double integratedLufs, double truePeakDbtp) {
    }

    private Loudness() {
    }

    /** Integrated loudness (LUFS) and true peak (dBTP) of {@code length} samples of full scale ±1. */
    static Measure measure(float[] x, int length, int sampleRate) {
        return new Measure(integrated(x, length, sampleRate), toDb(truePeak(x, length)));
    }

    static Measure measure(float[] x, int sampleRate) {
        return measure(x, x.length, sampleRate);
    }

    static Measure measure(short[] x, int length, int sampleRate) {
        return measure(toFloat(x, length), length, sampleRate);
    }

    /**
     * Scales and limits {@code samples[0, length)} in place so the integrated loudness is {@code targetLufs}
     * (±0.1 LU) and the true peak is at most {@code ceilingDbtp}.
     */
    static Measure normalize(short[] samples, int length, int sampleRate, double targetLufs, double ceilingDbtp) {
        float[] x = toFloat(samples, length);
        double before = integrated(x, length, sampleRate);
        if (Double.isInfinite(before)) {
            return new Measure(before, toDb(truePeak(x, length)));
        }
        double ceiling = Math.pow(10, ceilingDbtp / 20);
        double gainDb = targetLufs - before;
        float[] y = new float[length];
        Measure m = null;
        for (int pass = 0; pass < 4; pass++) {
            float g = (float) Math.pow(10, gainDb / 20);
            for (int i = 0; i < length; i++) {
                y[i] = x[i] * g;
            }
            limit(y, length, sampleRate, ceiling);
            m = new Measure(integrated(y, length, sampleRate), 0);
            double miss = targetLufs - m.integratedLufs();
            if (Math.abs(miss) < 0.05) {
                break;
            }
            gainDb += miss;
        }
        for (int i = 0; i < length; i++) {
            double v = Math.rint(y[i] * 32767.0);
            samples[i] = (short) Math.max(-32767, Math.min(32767, v));
        }
        return measure(samples, length, sampleRate);
    }

    /** Look-ahead limiter: per-sample gain ≤ ceiling / (inter-sample peak near that sample), smoothed. */
    private static void limit(float[] y, int length, int sampleRate, double ceiling) {
        float[] need = new float[length];
        boolean any = false;
        double threshold = ceiling / 2.5; // inter-sample overshoot at 16 kHz stays well under 8 dB
        for (int i = 0; i < length; i++) {
            double p = Math.abs(y[i]);
            if (p > threshold) {
                p = Math.max(p, Math.max(interPeak(y, length, i - 1), interPeak(y, length, i)));
            }
            need[i] = p > ceiling ? (float) (ceiling / p) : 1f;
            any |= need[i] < 1f;
        }
        if (!any) {
            return;
        }
        int hold = sampleRate / 50; // 20 ms each side
        int smooth = sampleRate / 100; // 10 ms each side
        float[] min = slidingMin(need, length, hold);
        // Moving average over ±smooth of the ±hold minimum: every term covers sample i, so the result ≤ need[i].
        double sum = 0;
        int w = 2 * smooth + 1;
        for (int i = -smooth; i <= smooth; i++) {
            sum += i < 0 || i >= length ? 1 : min[i];
        }
        for (int i = 0; i < length; i++) {
            float g = (float) (sum / w);
            y[i] *= Math.min(g, need[i]);
            int out = i - smooth;
            int in = i + smooth + 1;
            sum += (in < length ? min[in] : 1) - (out >= 0 ? min[out] : 1);
        }
    }

    /** Minimum over [i−r, i+r] for every i (van Herk / Gil-Werman, O(n)). */
    private static float[] slidingMin(float[] a, int n, int r) {
        float[] out = new float[n];
        int w = 2 * r + 1;
        float[] left = new float[n];
        float[] right = new float[n];
        for (int i = 0; i < n; i++) {
            left[i] = i % w == 0 ? a[i] : Math.min(left[i - 1], a[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            right[i] = (i == n - 1 || (i + 1) % w == 0) ? a[i] : Math.min(right[i + 1], a[i]);
        }
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - r);
            int hi = Math.min(n - 1, i + r);
            out[i] = Math.min(right[lo], left[hi]);
        }
        return out;
    }

    /** BS.1770 gated loudness; −∞ for silence. */
    static double integrated(float[] x, int length, int sampleRate) {
        double[] k = kWeighted(x, length, sampleRate);
        int step = sampleRate / 10; // 100 ms: blocks of 4 steps overlap by 75 %
        int steps = length / step;
        double[] stepSum = new double[steps];
        for (int s = 0; s < steps; s++) {
            double sum = 0;
            for (int i = s * step, end = i + step; i < end; i++) {
                sum += k[i] * k[i];
            }
            stepSum[s] = sum;
        }
        int blocks = Math.max(0, steps - 3);
        double[] power = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            power[b] = (stepSum[b] + stepSum[b + 1] + stepSum[b + 2] + stepSum[b + 3]) / (4.0 * step);
        }
        double absGate = Math.pow(10, (-70 + 0.691) / 10);
        double sum = 0;
        int n = 0;
        for (double p : power) {
            if (p > absGate) {
                sum += p;
                n++;
            }
        }
        if (n == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double relGate = sum / n * Math.pow(10, -10 / 10.0);
        sum = 0;
        n = 0;
        for (double p : power) {
            if (p > absGate && p > relGate) {
                sum += p;
                n++;
            }
        }
        return -0.691 + 10 * Math.log10(sum / n);
    }

    /** The two BS.1770 pre-filters (shelf, then RLB high-pass), coefficients for any rate as libebur128 derives them. */
    private static double[] kWeighted(float[] x, int length, int fs) {
        double f0 = 1681.974450955533;
        double gain = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = Math.tan(Math.PI * f0 / fs);
        double vh = Math.pow(10, gain / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        double b0 = (vh + vb * k / q + k * k) / a0;
        double b1 = 2 * (k * k - vh) / a0;
        double b2 = (vh - vb * k / q + k * k) / a0;
        double a1 = 2 * (k * k - 1) / a0;
        double a2 = (1 - k / q + k * k) / a0;
        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = Math.tan(Math.PI * f0 / fs);
        double c0 = 1 + k / q + k * k;
        double ra1 = 2 * (k * k - 1) / c0;
        double ra2 = (1 - k / q + k * k) / c0;
        double[] out = new double[length];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0, z1 = 0, z2 = 0;
        for (int i = 0; i < length; i++) {
            double in = x[i];
            double y = b0 * in + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = in;
            double z = y - 2 * y1 + y2 - ra1 * z1 - ra2 * z2;
            y2 = y1;
            y1 = y;
            z2 = z1;
            z1 = z;
            out[i] = z;
        }
        return out;
    }

    /** Highest absolute value of the band-limited signal, sample and inter-sample. */
    static double truePeak(float[] x, int length) {
        double peak = 0;
        for (int i = 0; i < length; i++) {
            peak = Math.max(peak, Math.abs(x[i]));
        }
        double threshold = peak / 2.5;
        for (int i = 0; i < length; i++) {
            if (Math.abs(x[i]) > threshold || (i + 1 < length && Math.abs(x[i + 1]) > threshold)) {
                peak = Math.max(peak, interPeak(x, length, i));
            }
        }
        return peak;
    }

    /** Largest absolute interpolated value strictly between samples i and i+1. */
    private static double interPeak(float[] x, int length, int i) {
        if (i < 0 || i + 1 >= length) {
            return 0;
        }
        double peak = 0;
        for (int p = 1; p < OVERSAMPLE; p++) {
            double[] h = PHASES[p];
            double v = 0;
            for (int t = 0; t < TAPS; t++) {
                int j = i - TAPS / 2 + 1 + t;
                if (j >= 0 && j < length) {
                    v += h[t] * x[j];
                }
            }
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    /** Kaiser-windowed sinc, one row per fractional position p/OVERSAMPLE after sample i (taps i−7 … i+8). */
    private static double[][] interpolationFilter() {
        double[][] phases = new double[OVERSAMPLE][TAPS];
        double beta = 7.0;
        double half = TAPS / 2.0;
        for (int p = 0; p < OVERSAMPLE; p++) {
            double frac = p / (double) OVERSAMPLE;
            for (int t = 0; t < TAPS; t++) {
                double d = (t - TAPS / 2 + 1) - frac; // distance of tap from the interpolated point
                double sinc = d == 0 ? 1 : Math.sin(Math.PI * d) / (Math.PI * d);
                double r = d / half;
                double window = Math.abs(r) >= 1 ? 0 : bessel0(beta * Math.sqrt(1 - r * r)) / bessel0(beta);
                phases[p][t] = sinc * window;
            }
        }
        return phases;
    }

    private static double bessel0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 30; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
        }
        return sum;
    }

    static float[] toFloat(short[] s, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = s[i] / 32768f;
        }
        return x;
    }

    private static double toDb(double amplitude) {
        return amplitude <= 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(amplitude);
    }
}
