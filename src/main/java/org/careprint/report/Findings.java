package org.careprint.report;

import org.careprint.batch.ConsoleText;
import org.careprint.batch.DocumentOutcome;

import java.io.PrintStream;
import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Severity;

/**
 * Prints findings as {@code file:line: severity: code: message} (line left out when unknown), control
 * characters from file names and page text escaped ({@link ConsoleText}).
 */
public final class Findings {
    private Findings() {
    }

    public static String line(String source, Finding f) {
        return ConsoleText.safe(source) + (f.line() > 0 ? ":" + f.line() : "") + ": " + f.severity().label() + ": "
                + f.code() + ": " + ConsoleText.safe(f.message());
    }

    /** Error lines for failed documents (and stack traces with --verbose), in plan order. */
    public static void printErrors(List<DocumentOutcome> outcomes, PrintStream err, boolean verbose) {
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

    public static boolean anyWarnings(List<DocumentOutcome> outcomes) {
        return outcomes.stream().anyMatch(o -> "warning".equals(o.status()));
    }
}
