package org.careprint.source;

import org.careprint.model.ReadResult;

/**
 * One input format's reader, made by the {@link Format} table. Pure: input in, handout and findings out; must
 * never throw on content. A text format implements {@link #read(String, String)}; a bytes format
 * ({@link Format.Input#BYTES}) overrides {@link #read(String, byte[])} instead.
 */
interface DocumentReader {
    /** Decoded text, after the input guards and mojibake repair. */
    ReadResult read(String sourceName, String text);

    /** The raw bytes, for a bytes format; text formats are never called this way. */
    default ReadResult read(String sourceName, byte[] bytes) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " reads text, not bytes");
    }
}
