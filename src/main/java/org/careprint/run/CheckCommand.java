package org.careprint.run;

import org.careprint.batch.BatchOptions;
import org.careprint.batch.BuildState;
import org.careprint.batch.DocumentOutcome;
import org.careprint.batch.InputPlanner;
import org.careprint.batch.Inputs;
import org.careprint.batch.ParallelRunner;
import org.careprint.batch.Plan;
import org.careprint.batch.ProgressSink;
import org.careprint.batch.RunContext;
import org.careprint.batch.RunResult;
import org.careprint.batch.SkippedInput;
import org.careprint.report.DocumentSummary;
import org.careprint.report.Findings;
import org.careprint.report.ReportJson;
import org.careprint.report.RunReport;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.careprint.model.Finding;

/**
 * {@code careprint check}: reads and lints every input (spelling always on), writes nothing. Human output
 * is one line per finding plus a summary; {@code --json} prints an array of per-document objects.
 */
public final class CheckCommand {
    private final BatchOptions options;
    private final boolean json;
    private final PrintStream out;
    private final PrintStream err;

    public CheckCommand(BatchOptions options, boolean json, PrintStream out, PrintStream err) {
        this.options = options;
        this.json = json;
        this.out = out;
        this.err = err;
    }

    public RunResult check(List<Path> inputs) {
        Plan plan = new InputPlanner(null).plan(Inputs.resolve(inputs, options.manifest()), options.shard());
        RunContext ctx = RunContext.prepare(options, plan.documents(), false, true, BuildState.empty());
        for (SkippedInput s : plan.skipped()) {
            if (!options.quiet()) {
                err.println("careprint: skipped " + org.careprint.batch.ConsoleText.safe(s.source()) + ": "
                        + org.careprint.batch.ConsoleText.safe(s.reason()));
            }
        }
        List<DocumentOutcome> outcomes = ParallelRunner.run(plan.documents(), ctx, options.jobs(), new ProgressSink.Silent());
        ArrayNode array = ReportJson.MAPPER.createArrayNode();
        outcomes.forEach(o -> array.add(ReportJson.checkFields(o)));
        if (json) {
            out.print(new String(ReportJson.bytes(array), StandardCharsets.UTF_8));
        } else {
            for (DocumentOutcome o : outcomes) {
                DocumentSummary.lines(o).forEach(out::println);
                for (Finding f : o.findings()) {
                    out.println(Findings.line(o.source(), f));
                }
            }
        }
        if (options.verbose()) {
            outcomes.stream().filter(o -> o.failure() != null).forEach(o -> o.failure().printStackTrace(err));
        }
        long errors = outcomes.stream().filter(o -> "error".equals(o.status())).count();
        long warnings = outcomes.stream().filter(o -> "warning".equals(o.status())).count();
        String summary = org.careprint.output.Figures.plural(outcomes.size(), "document") + " checked: " + (outcomes.size() - errors - warnings)
                + " ok, " + warnings + " with warnings, " + errors + " with errors";
        if (!options.quiet()) {
            (json ? err : out).println(summary);
        }
        int exit = errors > 0 || (options.strict() && warnings > 0) ? 1 : 0;
        return new RunResult(exit, array, outcomes);
    }
}
