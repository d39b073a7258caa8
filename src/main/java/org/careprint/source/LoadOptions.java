package org.careprint.source;

import java.nio.charset.Charset;

/**
 * How inputs are read.
 *
 * @param maxBytes  inputs larger than this are a {@code too-large} error (default 1 MiB)
 * @param encoding  null = strict UTF-8 (anything else is a {@code not-utf8} error); otherwise decode with this
 * @param dayFirst  numeric dates are day/month/year instead of the US month/day/year
 */
public record LoadOptions(long maxBytes, Charset encoding, boolean dayFirst) {
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024L;

    public static LoadOptions defaults() {
        return new LoadOptions(DEFAULT_MAX_BYTES, null, false);
    }
}
