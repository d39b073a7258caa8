package org.careprint.audio;

import java.util.List;
import java.util.Locale;
import org.careprint.model.CarePrintException;

/** The voices a user can pick with {@code --voice}: kevin (FreeTTS kevin16, the default) and flite's rms, awb, slt. */
public final class Voices {
    public static final String DEFAULT = "kevin";
    public static final List<String> NAMES = List.of("kevin", "rms", "awb", "slt");

    private Voices() {
    }

    /**
     * The voice called {@code name}, checked now: an engine that is not installed is a CarePrintException (a usage
     * error, exit 2) naming what to install. Null means the default.
     */
    public static SpeechEngine.Choice choice(String name) {
        String v = name == null ? DEFAULT : name.trim().toLowerCase(Locale.ROOT);
        if (v.equals("kevin") || v.equals(FreeTtsVoice.NAME)) {
            return FreeTtsVoice.KEVIN16;
        }
        if (FliteVoice.VOICES.contains(v)) {
            return FliteVoice.choice(v);
        }
        throw new CarePrintException("--voice '" + name + "' is not valid; use " + String.join(" or ", NAMES) + ".");
    }
}
