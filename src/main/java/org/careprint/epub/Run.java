package org.careprint.epub;

/**
 * A piece of inline text with one look: plain, bold, or a link to a glossary entry.
 *
 * @param text   the characters as written
 * @param strong emphasis (always bold, never italic)
 * @param href   "#term3" for a term's first use, linked to its entry in "Words to know"; null otherwise
 * @param id     the anchor id of that first use ("use3"), which the entry links back to; null otherwise
 */
record Run(String text, boolean strong, String href, String id) {
    static Run plain(String text) {
        return new Run(text, false, null, null);
    }

    boolean sameLook(Run other) {
        return other != null && strong == other.strong && java.util.Objects.equals(href, other.href)
                && java.util.Objects.equals(id, other.id);
    }
}
