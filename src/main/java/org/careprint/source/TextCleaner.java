package org.careprint.source;

/** Character-level clean-up shared by all readers. Quotes, dashes, bullets, ® and ™ are kept as they are. */
final class TextCleaner {
    private TextCleaner() {
    }

    /** Non-breaking and figure spaces become normal spaces; zero-width characters and stray BOMs go. */
    static String normalizeSpaces(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\t' -> sb.append(' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // invisible: drop
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Collapses runs of whitespace to single spaces and trims. */
    static String collapse(String text) {
        return normalizeSpaces(text).replaceAll("\\s+", " ").trim();
    }
}
