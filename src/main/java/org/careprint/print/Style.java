package org.careprint.print;

/** A print style loaded from styles/NAME.yaml or a user file. See styles/README.md for the keys. */
public final class Style {
    /** Loads a bundled style by name ("large", "giant", "high-contrast") or a YAML file path. */
    public static Style load(String nameOrFile) {
        throw new UnsupportedOperationException("TODO print helper");
    }

    public String name() {
        throw new UnsupportedOperationException("TODO print helper");
    }

    public float bodySize() {
        throw new UnsupportedOperationException("TODO print helper");
    }

    /** Stable hash of the style's settings, for incremental rebuilds. */
    public String fingerprint() {
        throw new UnsupportedOperationException("TODO print helper");
    }
}
