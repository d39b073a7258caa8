package org.careprint.check;

/** Quoting page text in finding messages: one line, shortened at a word boundary with an ellipsis. */
final class Quote {
    private Quote() {
    }

    static String of(String text, int max) {
        return "\u201c" + shorten(text, max) + "\u201d";
    }

    static String shorten(String text, int max) {
        String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return t.substring(0, cut).stripTrailing() + "\u2026";
    }
}
