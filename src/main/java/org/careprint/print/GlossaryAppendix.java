package org.careprint.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careprint.model.Inline;

/**
 * "Words to know": every marked term, alphabetical, with its definition and the page of first use.
 * Terms without a definition are listed too ("No definition available") so nothing is silently dropped.
 */
final class GlossaryAppendix {
    static final String HEADING = "Words to know";
    static final String NO_DEFINITION = "No definition available.";

    private GlossaryAppendix() {
    }

    static void build(ContentBuilder content, StructNode document, List<Inline.Term> terms, Map<String, Integer> pages) {
        if (terms.isEmpty()) {
            return;
        }
        content.headingAt(2, List.of(Span.strong(HEADING)));
        StructNode list = document.add("L"); // entries are list items: the term is the Lbl, the definition the LBody
        List<Inline.Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing((Inline.Term t) -> displayName(t).toLowerCase(Locale.ROOT))
                .thenComparing(GlossaryAppendix::displayName));
        for (Inline.Term term : sorted) {
            String definition = term.defined() ? term.definition().strip() : NO_DEFINITION;
            Integer page = pages.get(ContentBuilder.termKey(term));
            List<Span> spans = new ArrayList<>();
            spans.add(Span.strong(displayName(term) + ":"));
            // A no-break space keeps "(page 6)" on one line.
            spans.add(Span.plain(" " + definition + (page == null ? "" : " (page\u00A0" + page + ")")));
            content.entry(spans, list);
        }
    }

    static String displayName(Inline.Term term) {
        return (term.key() == null || term.key().isBlank() ? term.text() : term.key()).strip();
    }
}
