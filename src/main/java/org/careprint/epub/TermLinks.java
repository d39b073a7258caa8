package org.careprint.epub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careprint.model.Handout;
import org.careprint.model.Inline;

/**
 * "Words to know" as links both ways: the first use of each defined term links to its entry ({@code #term1}), the
 * entry links back to that first use ({@code #use1}). Entries are alphabetical, as in print.
 */
final class TermLinks {
    private final List<Inline.Term> entries;
    private final Map<String, Integer> number = new HashMap<>();
    private final Map<String, String> firstUse = new LinkedHashMap<>();

    TermLinks(Handout handout) {
        List<Inline.Term> defined = new ArrayList<>(handout.distinctTerms().stream().filter(Inline.Term::defined).toList());
        defined.sort(Comparator.comparing((Inline.Term t) -> t.label().toLowerCase(Locale.ROOT)).thenComparing(Inline.Term::label));
        this.entries = List.copyOf(defined);
        for (int i = 0; i < entries.size(); i++) {
            number.putIfAbsent(key(entries.get(i)), i + 1);
        }
    }

    static String key(Inline.Term t) {
        return (t.key() == null ? t.text() : t.key()).toLowerCase(Locale.ROOT);
    }

    /** Entries in the order "Words to know" lists them. */
    List<Inline.Term> entries() {
        return entries;
    }

    String entryId(Inline.Term t) {
        return "term" + number.get(key(t));
    }

    /** The term as a run: its first use links to its entry; later uses and undefined terms are plain. */
    Run run(Inline.Term t, boolean strong) {
        Integer n = t.defined() ? number.get(key(t)) : null;
        if (n == null || firstUse.containsKey(key(t))) {
            return new Run(t.text(), strong, null, null);
        }
        firstUse.put(key(t), "use" + n);
        return new Run(t.text(), strong, "#term" + n, "use" + n);
    }

    /** The id of the term's first use in the text, or null when the text never uses it. */
    String firstUse(Inline.Term t) {
        return firstUse.get(key(t));
    }

    /** First-use anchors by the term's label in lower case (what "Acne means …" starts with). */
    Map<String, String> anchorsByLabel() {
        Map<String, String> out = new HashMap<>();
        for (Inline.Term t : entries) {
            String id = firstUse.get(key(t));
            if (id != null) {
                out.put(t.label().strip().toLowerCase(Locale.ROOT), id);
            }
        }
        return out;
    }
}
