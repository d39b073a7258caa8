package org.careprint.batch;

import java.io.PrintStream;
import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Severity;

/** Prints findings as {@code file:line: severity: code: message} (line left out when unknown). */
final class Findings {
    private Findings() {
    }

    static String line(String source, Finding f) {
        return source + (f.line() > 0 ? ":" + f.line() : "") + ": " + f.severity().label() + ": " + f.code() + ": "
                + f.message();
    }

    /** Error lines for failed documents (and stack traces with --verbose), in plan order. */
    static void printErrors(List<DocumentOutcome> outcomes, PrintStream err, boolean verbose) {
        for (DocumentOutcome o : outcomes) {
            for (Finding f : o.findings()) {
                if (f.severity() == Severity.ERROR) {
                    err.println(line(o.source(), f));
                }
            }
            if (verbose && o.failure() != null) {
                o.failure().printStackTrace(err);
            }
        }
    }

    static boolean anyWarnings(List<DocumentOutcome> outcomes) {
        return outcomes.stream().anyMatch(o -> "warning".equals(o.status()));
    }
}
