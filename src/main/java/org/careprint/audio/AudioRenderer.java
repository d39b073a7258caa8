package org.careprint.audio;

import java.io.IOException;
import java.io.OutputStream;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/** Speaks a bound handout: audio (MP3 with ID3 chapters, or WAV) plus a WebVTT transcript. One per worker thread. */
public final class AudioRenderer {
    public AudioRenderer(AudioOptions options) {
        throw new UnsupportedOperationException("TODO audio helper");
    }

    public AudioResult render(Handout boundHandout, ReviewInfo review, OutputStream audioOut, OutputStream vttOut)
            throws IOException {
        throw new UnsupportedOperationException("TODO audio helper");
    }

    /** Stable hash of the bundled and user lexicons, for incremental rebuilds. */
    public String lexiconFingerprint() {
        throw new UnsupportedOperationException("TODO audio helper");
    }
}
