package org.careprint.check;

import org.careprint.model.Handout;

/**
 * Flesch-Kincaid grade and SMOG grade of a handout's body text, rounded to one decimal. Text with no words
 * scores 0.0 on both; a Flesch-Kincaid grade below zero (very short, simple text) is reported as 0.0.
 */
public record Readability(double fleschKincaid, double smog) {
    public static Readability of(Handout handout) {
        return TextStats.of(handout).readability().rounded();
    }

    /** 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59, floored at 0. */
    public static double fleschKincaid(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return 0.0;
        }
        double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        return Math.max(0.0, grade);
    }

    /** 1.0430·√(polysyllables × 30/sentences) + 3.1291. */
    public static double smog(int polysyllables, int sentences) {
        if (sentences == 0) {
            return 0.0;
        }
        return 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
    }

    public Readability rounded() {
        return new Readability(round1(fleschKincaid), round1(smog));
    }

    /** The higher of the two grades. */
    public double grade() {
        return Math.max(fleschKincaid, smog);
    }

    static double round1(double x) {
        return Math.round(x * 10.0) / 10.0;
    }
}
