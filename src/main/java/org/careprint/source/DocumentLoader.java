package org.careprint.source;

import java.nio.file.Path;
import org.careprint.model.ReadResult;

/** Reads one input file into the model, choosing the reader by extension with content sniffing as fallback. */
public final class DocumentLoader {
    private final LoadOptions options;

    public DocumentLoader(LoadOptions options) {
        this.options = options;
    }

    /** True for .txt, .md, .markdown, .html, .htm (case-insensitive). */
    public static boolean isSupported(Path file) {
        throw new UnsupportedOperationException("TODO source helper");
    }

    /** Never throws for bad content: unreadable input gives {@link ReadResult#unreadable}. */
    public ReadResult load(Path file) {
        throw new UnsupportedOperationException("TODO source helper");
    }

    /** Reads bytes already in memory; {@code sourceName} picks the reader by extension and names the source. */
    public ReadResult read(String sourceName, byte[] bytes) {
        throw new UnsupportedOperationException("TODO source helper");
    }
}
