package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Inline;

/** Removes a character range of an inline run's plain text, keeping terms and emphasis that lie outside it. */
final class InlineCut {
    private InlineCut() {
    }

    /**
     * The run without plain-text characters {@code [from, to)}, or null when the range would split a term or
     * an emphasis (those are only removed whole).
     */
    static List<Inline> remove(List<Inline> content, int from, int to) {
        List<Inline> out = new ArrayList<>();
        int pos = 0;
        for (Inline inline : content) {
            String text = inline.plainText();
            int start = pos;
            int end = pos + text.length();
            pos = end;
            if (end <= from || start >= to) {
                out.add(inline);
                continue;
            }
            if (inline instanceof Inline.Text t) {
                String kept = t.text().substring(0, Math.max(0, from - start))
                        + t.text().substring(Math.min(text.length(), to - start));
                if (!kept.isEmpty()) {
                    out.add(new Inline.Text(kept));
                }
            } else if (start >= from && end <= to) {
                continue; // wholly inside the cut
            } else {
                return null;
            }
        }
        // neighbouring texts may now touch; merge them
        List<Inline> merged = new ArrayList<>();
        for (Inline i : out) {
            if (i instanceof Inline.Text t && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Inline.Text prev) {
                merged.set(merged.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                merged.add(i);
            }
        }
        return merged;
    }
}
