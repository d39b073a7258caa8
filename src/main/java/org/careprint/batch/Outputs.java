package org.careprint.batch;

import java.util.List;

/** The files written for one document, in registration order (pdf, audio, captions, …). */
public record Outputs(List<OutputFile> all) {
    public static final Outputs NONE = new Outputs(List.of());

    public Outputs {
        all = List.copyOf(all);
    }

    /** The file written in {@code role}, or null. */
    public OutputFile get(String role) {
        for (OutputFile f : all) {
            if (f.role().equals(role)) {
                return f;
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
