package org.careprint.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careprint.model.Inline;

/**
 * "Words to know": every defined term, alphabetical, headed by the words the reader saw ("(also called …)"
 * or "(a kind of …)" when the glossary files it under another headword), with its definition and the page
 * of first use. Undefined terms are left out here (and not bolded in the text); staff see them as
 * {@code undefined-term} warnings in the report instead of a patient seeing an empty entry.
 */
final class GlossaryAppendix {
    static final String HEADING = "Words to know";

    private GlossaryAppendix() {
    }

    static void build(ContentBuilder content, StructNode document, List<Inline.Term> allTerms, Map<String, Integer> pages) {
        List<Inline.Term> terms = allTerms.stream().filter(Inline.Term::defined).toList();
        if (terms.isEmpty()) {
            return;
        }
        content.headingAt(2, List.of(Span.strong(HEADING)));
        StructNode list = document.add("L"); // entries are list items: the term is the Lbl, the definition the LBody
        List<Inline.Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing((Inline.Term t) -> displayName(t).toLowerCase(Locale.ROOT))
                .thenComparing(GlossaryAppendix::displayName));
        for (Inline.Term term : sorted) {
            String definition = term.definition().strip();
            Integer page = pages.get(ContentBuilder.termKey(term));
            List<Span> spans = new ArrayList<>();
            String relation = term.binding() == null ? null : term.binding().relation();
            spans.add(Span.strong(displayName(term) + (relation == null ? ":" : "")));
            if (relation != null) {
                spans.add(Span.plain(" (" + relation + "):"));
            }
            // A no-break space keeps "(page 6)" on one line.
            spans.add(Span.plain(" " + definition + (page == null ? "" : " (page\u00A0" + page + ")")));
            content.entry(spans, list);
        }
    }

    static String displayName(Inline.Term term) {
        return term.label();
    }
}
