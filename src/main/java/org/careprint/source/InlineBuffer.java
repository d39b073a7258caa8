package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Inline;

/** Collects inlines, merging neighbouring Text runs and collapsing whitespace the way a browser would. */
final class InlineBuffer {
    private final List<Inline> items = new ArrayList<>();

    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        for (Inline inline : InfoIconMarkers.parse(text)) {
            add(inline);
        }
    }

    void add(Inline inline) {
        if (inline instanceof Inline.Text t && !items.isEmpty() && items.get(items.size() - 1) instanceof Inline.Text prev) {
            items.set(items.size() - 1, new Inline.Text(prev.text() + t.text()));
        } else {
            items.add(inline);
        }
    }

    /** True when the text so far ends with sentence punctuation, where a footnote reference would sit. */
    boolean endsWithPunctuation() {
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Inline.Text t)) {
            return false;
        }
        String s = t.text().stripTrailing();
        return !s.isEmpty() && ".,;:!?)\"”’".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    boolean isEmpty() {
        return build().isEmpty();
    }

    /** Whitespace collapsed and trimmed at both ends; empty texts removed. */
    List<Inline> build() {
        List<Inline> out = new ArrayList<>();
        boolean lastSpace = true;
        for (Inline inline : items) {
            if (inline instanceof Inline.Text t) {
                String s = TextCleaner.normalizeSpaces(t.text()).replaceAll("[\\s]+", " ");
                if (lastSpace && s.startsWith(" ")) {
                    s = s.substring(1);
                }
                if (!s.isEmpty()) {
                    out.add(new Inline.Text(s));
                    lastSpace = s.endsWith(" ");
                }
            } else if (inline instanceof Inline.Emphasis e && e.content().isEmpty()) {
                continue;
            } else {
                out.add(inline);
                lastSpace = false;
            }
        }
        trimEnd(out);
        return out;
    }

    private static void trimEnd(List<Inline> out) {
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
            String s = t.text().stripTrailing();
            if (s.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Inline.Text(s));
                return;
            }
        }
    }
}
