package org.careprint.check;

import org.careprint.model.Handout;

/** Flesch-Kincaid grade and SMOG grade of a handout's body text. */
public record Readability(double fleschKincaid, double smog) {
    public static Readability of(Handout handout) {
        throw new UnsupportedOperationException("TODO check helper");
    }
}
