package org.careprint.source;

import java.util.Locale;
import java.util.Optional;

/** The three input formats, chosen by extension with content sniffing as the fallback. */
public enum Format {
    TEXT, MARKDOWN, HTML;

    /** By file extension (case-insensitive), or empty when the extension is unknown. */
    public static Optional<Format> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** Front matter means Markdown, HTML tags mean HTML, anything else is scraped text. */
    public static Format sniff(String text) {
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
