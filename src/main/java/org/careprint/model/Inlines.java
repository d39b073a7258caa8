package org.careprint.model;

import java.util.List;

/** Helpers over inline lists. */
public final class Inlines {
    private Inlines() {
    }

    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline inline : inlines) {
            sb.append(inline.plainText());
        }
        return sb.toString();
    }

    public static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }
}
