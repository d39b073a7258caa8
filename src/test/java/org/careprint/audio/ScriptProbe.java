package org.careprint.audio;

import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/** Test-only door into the package-private speech script, for suites in other packages (the pipeline fuzz suite). */
public final class ScriptProbe {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private ScriptProbe() {
    }

    /** Builds the speech script of a bound handout and returns its number of spoken units. */
    public static int spokenUnits(Handout bound, ReviewInfo review) {
        return SpeechScript.of(bound, review, NORMALIZER).utterances().size();
    }
}
