package org.careprint.print;

import java.io.IOException;
import java.io.OutputStream;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/** Lays a bound handout out as a tagged, large-print PDF/UA-1 document. One instance per worker thread. */
public final class PdfRenderer {
    public PdfRenderer(Style style) {
        throw new UnsupportedOperationException("TODO print helper");
    }

    public PdfResult render(Handout boundHandout, ReviewInfo review, PrintOptions options, OutputStream out)
            throws IOException {
        throw new UnsupportedOperationException("TODO print helper");
    }

    /** Stable hash of the bundled fonts, for incremental rebuilds. */
    public static String fontsFingerprint() {
        throw new UnsupportedOperationException("TODO print helper");
    }
}
