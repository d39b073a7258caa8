package org.careprint.source;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/**
 * How inputs are read. Public: the batch layer builds it from the command-line options.
 *
 * @param maxBytes     inputs larger than this are a {@code too-large} error (default 1 MiB)
 * @param encoding     null = strict UTF-8 (anything else is a {@code not-utf8} error); otherwise decode with this
 * @param dayFirst     numeric dates are day/month/year instead of the US month/day/year
 * @param dropSections section titles (case-insensitive) left out of every handout ({@code --drop-section})
 */
public record LoadOptions(long maxBytes, Charset encoding, boolean dayFirst, List<String> dropSections) {
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024L;

    public LoadOptions {
        dropSections = dropSections == null ? List.of()
                : dropSections.stream().map(LoadOptions::sectionKey).filter(s -> !s.isEmpty()).distinct().toList();
    }

    LoadOptions(long maxBytes, Charset encoding, boolean dayFirst) {
        this(maxBytes, encoding, dayFirst, List.of());
    }

    public static LoadOptions defaults() {
        return new LoadOptions(DEFAULT_MAX_BYTES, null, false);
    }

    LoadOptions withDropSections(List<String> titles) {
        return new LoadOptions(maxBytes, encoding, dayFirst, titles);
    }

    /** How section titles are compared: case, spacing, curly quotes and a final colon do not matter. */
    static String sectionKey(String title) {
        return TextCleaner.collapse(title).replace('’', '\'').replaceAll("[:.]+$", "").toLowerCase(Locale.ROOT);
    }
}
