package org.careprint.batch;

/**
 * Text from pages and file names made safe for a terminal or a log: control characters (ESC, NUL, line
 * breaks, DEL, C1 controls), lone surrogates and bidirectional overrides are shown as escapes
 * ({@code \x1b}, {@code \n}, {@code \u202e}) so a title or file name cannot move the cursor, recolor the
 * terminal or forge a log line.
 */
public final class ConsoleText {
    private ConsoleText() {
    }

    public static String safe(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = escape(s, i);
            if (esc != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(esc);
            } else if (sb != null) {
                sb.append(c);
            }
            if (Character.isHighSurrogate(c) && esc == null && i + 1 < s.length()) {
                if (sb != null) {
                    sb.append(s.charAt(i + 1));
                }
                i++;
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String escape(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: break;
        }
        if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0) {
            return String.format("\\x%02x", (int) c);
        }
        if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
            return String.format("\\u%04x", (int) c);
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : String.format("\\u%04x", (int) c);
        }
        if (Character.isLowSurrogate(c)) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
