package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reader table: the one list of input formats. Each format owns its file extensions, its reader and
 * whether that reader is given decoded text or the raw bytes. {@link DocumentLoader} (which reader, which
 * files are inputs) and the batch planner (via {@link DocumentLoader#isSupported}) only read this table.
 * Names with no listed extension fall back to {@link #sniff content sniffing}.
 */
enum Format {
    TEXT(Input.TEXT, TextReader::new, List.of(".txt"), List.of(".text")),
    MARKDOWN(Input.TEXT, MarkdownReader::new, List.of(".md", ".markdown"), List.of()),
    HTML(Input.TEXT, HtmlReader::new, List.of(".html", ".htm"), List.of());

    /** What the loader hands a format's reader. */
    enum Input {
        /** Decoded text: the input guards (empty, binary, not-utf8) and mojibake repair run first. */
        TEXT,
        /** The raw bytes, for formats such as .docx or .pdf: only the size and empty guards run first. */
        BYTES
    }

    private final Input input;
    private final Function<LoadOptions, DocumentReader> reader;
    private final List<String> extensions;
    private final List<String> aliases;

    /**
     * @param extensions lower-case, with the dot: the names a build picks up as inputs
     * @param aliases    names that choose this reader when a file is read directly but are not picked up as
     *                   inputs (".text" has always worked that way)
     */
    Format(Input input, Function<LoadOptions, DocumentReader> reader, List<String> extensions, List<String> aliases) {
        this.input = input;
        this.reader = reader;
        this.extensions = extensions;
        this.aliases = aliases;
    }

    Input input() {
        return input;
    }

    /** A new reader for this format (readers keep per-document state, so one per read). */
    DocumentReader reader(LoadOptions options) {
        return reader.apply(options);
    }

    /** By file extension or alias (case-insensitive), or empty when the name says nothing. */
    static Optional<Format> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extensions.stream().anyMatch(n::endsWith) || f.aliases.stream().anyMatch(n::endsWith)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether a file name has an input extension (aliases do not count): what a build picks up. */
    static boolean isInput(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return extensionsInOrder().stream().anyMatch(n::endsWith);
    }

    /** Every input extension, in table order: ".txt", ".md", ".markdown", ".html", ".htm". */
    static List<String> extensionsInOrder() {
        List<String> all = new ArrayList<>();
        for (Format f : values()) {
            all.addAll(f.extensions);
        }
        return all;
    }

    /** Front matter means Markdown, HTML tags mean HTML, anything else is scraped text. */
    static Format sniff(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
        String lower = head.toLowerCase(Locale.ROOT);
        if (head.startsWith("---\n") || head.startsWith("---\r\n")) {
            return MARKDOWN;
        }
        if (lower.startsWith("<!doctype html") || lower.contains("<html") || lower.contains("<body")
                || lower.contains("<p>") || lower.contains("<main") || lower.contains("<article")) {
            return HTML;
        }
        if (lower.startsWith("# ") || lower.contains("\n## ")) {
            return MARKDOWN;
        }
        return TEXT;
    }
}
