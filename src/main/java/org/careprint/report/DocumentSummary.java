package org.careprint.report;

import org.careprint.batch.ConsoleText;
import org.careprint.batch.DocumentOutcome;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.careprint.model.ReviewInfo;
import org.careprint.output.Figures;

/**
 * The two header lines {@code careprint check} prints for each readable document before its findings, so
 * staff see what the tool understood (title, dates, reviewer, review status, glossary terms) at a glance.
 * They use the finding line grammar ({@code file: info: code: message}) so scripts parse one format.
 */
public final class DocumentSummary {
    private DocumentSummary() {
    }

    public static List<String> lines(DocumentOutcome o) {
        if (o.title() == null) {
            return List.of();
        }
        ReviewInfo r = o.review();
        String title = o.title().isBlank() ? "(no title)" : "“" + o.title() + "”";
        StringBuilder dates = new StringBuilder(o.source()).append(": info: summary: ").append(title);
        dates.append("; reviewed ").append(date(r == null ? null : r.reviewed()));
        dates.append(" by ").append(reviewer(r == null ? null : r.reviewer()));
        dates.append("; updated ").append(date(r == null ? null : r.updated()));
        if (r != null && r.nextReview() != null) {
            dates.append("; next review ").append(r.nextReview());
        }
        dates.append("; review status ").append(r == null || r.status() == null ? "unknown" : r.status().label());
        long undefined = o.terms().stream().filter(t -> !t.defined()).count();
        String terms = o.source() + ": info: terms: " + Figures.plural(o.terms().size(), "glossary term")
                + (undefined > 0 ? " (" + undefined + " undefined)" : "")
                + (o.terms().isEmpty() ? "" : ": " + o.terms().stream()
                        .map(DocumentSummary::term)
                        .collect(Collectors.joining(", ")));
        return List.of(ConsoleText.safe(dates.toString()), ConsoleText.safe(terms));
    }

    private static String term(DocumentOutcome.TermUse t) {
        String shown = t.entry() == null || t.term().equalsIgnoreCase(t.entry()) ? t.term() : t.term() + " (= " + t.entry() + ")";
        return t.defined() ? shown : shown + " (undefined)";
    }

    private static String date(LocalDate d) {
        return d == null ? "(not given)" : d.toString();
    }

    private static String reviewer(String name) {
        if (name == null) {
            return "(no reviewer line)";
        }
        return name.isBlank() ? "(reviewer left empty)" : name;
    }
}
