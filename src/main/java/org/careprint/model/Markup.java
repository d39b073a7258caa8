package org.careprint.model;

/**
 * The escaper for XML-family targets (the index page's HTML, PDF XMP metadata, XHTML): the one place that
 * decides what text may go inside markup. (WebVTT has its own rules, in the audio package.)
 */
public final class Markup {
    private Markup() {
    }

    /**
     * Text safe inside an element or a double-quoted attribute: {@code & < > "} become entities, and characters
     * XML 1.0 does not allow (control characters other than tab and line breaks, lone surrogates, U+FFFE,
     * U+FFFF) are dropped, so a stray control character in a title can never break a file. Null gives "".
     */
    public static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return false;
        }
        return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
    }
}
