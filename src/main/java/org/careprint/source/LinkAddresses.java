package org.careprint.source;

/** How a link's address is written out in a handout: no scheme, no trailing slash ("www.cancer.gov/about"). */
final class LinkAddresses {
    private LinkAddresses() {
    }

    /** The address to print for an absolute http(s) URL, or "" when it is not one. */
    static String display(String url) {
        if (url == null || !url.matches("(?i)https?://[^\\s/]+\\.[^\\s]+")) {
            return "";
        }
        String shown = url.replaceFirst("(?i)^https?://", "").replaceFirst("/+$", "");
        return shown.length() > 120 ? "" : shown;
    }
}
