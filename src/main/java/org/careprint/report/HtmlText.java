package org.careprint.report;

/** Text bound for the index page: what {@link IndexPage#esc} does before escaping. */
final class HtmlText {
    private HtmlText() {
    }

    /** Control characters (line breaks and tabs too, C1 controls, DEL) become one space: none reach the page. */
    static String stripControls(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0;
            if (control && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (!control) {
                    sb.append(c);
                } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
