package org.careprint.output;

/** Wording for numbers people read in progress lines and on the index page. */
public final class Figures {
    private Figures() {
    }

    /** "1 page", "3 pages". */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "45 seconds", "1 minute 56 seconds", "2 minutes". */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        long m = s / 60;
        long r = s % 60;
        if (m == 0) {
            return plural(r, "second");
        }
        return plural(m, "minute") + (r == 0 ? "" : " " + plural(r, "second"));
    }

    /** Rounded for reports; NaN and infinities become 0 so JSON stays valid. */
    public static double round(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
