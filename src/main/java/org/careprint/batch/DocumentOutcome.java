package org.careprint.batch;

import java.util.List;
import java.util.Map;
import org.careprint.model.Finding;
import org.careprint.model.ReviewInfo;
import org.careprint.model.Severity;

/**
 * Everything a run learned about one document.
 *
 * @param title       null when the file could not be read
 * @param review      null when the file could not be read
 * @param readability null when the file could not be read
 * @param action      "rendered", "up-to-date", "not-rendered" (errors, or check only)
 * @param timingsMs   stage timings of this run (not deterministic; reported under thisRun)
 * @param failure     the unexpected exception behind an internal-error finding, for --verbose; else null
 */
public record DocumentOutcome(String source, String name, String title, ReviewInfo review, List<TermUse> terms,
                              ReadabilityScores readability, List<Finding> findings, int cruftRemoved,
                              Outputs outputs, String action, Map<String, Long> timingsMs, Throwable failure) {

    /**
     * A glossary term used on the page, for the audit trail: as the reader saw it ("stage IV breast
     * cancer"), whether it is defined, the glossary headword used ("metastatic breast cancer", null when
     * undefined), the definition printed, and where it came from ({@code page}, {@code glossary-file},
     * {@code built-in}, {@code nci-dictionary}, {@code composed}; null when undefined).
     */
    public record TermUse(String term, boolean defined, String entry, String definition, String source) {
    }

    /** Readability grades rounded for the report. */
    public record ReadabilityScores(double fleschKincaid, double smog) {
    }

    public DocumentOutcome {
        terms = terms == null ? List.of() : List.copyOf(terms);
        findings = List.copyOf(findings);
        outputs = outputs == null ? Outputs.NONE : outputs;
        timingsMs = timingsMs == null ? Map.of() : Map.copyOf(timingsMs);
    }

    /** ok, warning or error (info findings do not count). */
    public String status() {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return "error";
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return "warning";
        }
        return "ok";
    }

    public boolean failed() {
        return "error".equals(status());
    }
}
