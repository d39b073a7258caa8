package org.careprint.run;

import org.careprint.batch.AtomicOutput;
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
import org.careprint.report.Findings;
import org.careprint.report.IndexPage;
import org.careprint.report.PodcastFeed;
import org.careprint.report.ReportJson;
import org.careprint.report.RunReport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.CarePrintException;

/**
 * {@code careprint build}: plans the inputs, removes stale temporaries, renders documents in parallel
 * (skipping unchanged ones), then writes the state file, report.json and index.html, each atomically.
 */
public final class BatchBuilder {
    private final BatchOptions options;
    private final PrintStream out;
    private final PrintStream err;

    public BatchBuilder(BatchOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** @throws CarePrintException for usage or configuration problems (exit code 2) */
    public RunResult build(List<Path> inputs) {
        long start = System.nanoTime();
        Path outDir = options.output();
        Plan plan = new InputPlanner(outDir).plan(Inputs.resolve(inputs, options.manifest()), options.shard());
        // configuration (styles, glossaries, lexicons, cycles) is validated before the output folder is touched
        BuildState state = BuildState.load(outDir);
        RunContext ctx = RunContext.prepare(options, plan.documents(), true, options.spelling(), state);
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new CarePrintException("Cannot create the output folder " + outDir + " (" + e.getMessage()
                    + "); choose another folder with -o.");
        }
        if (!Files.isWritable(outDir)) {
            throw new CarePrintException("The output folder " + outDir + " is not writable; choose another folder with -o.");
        }
        int stale = AtomicOutput.removeStale(outDir);
        if (stale > 0 && options.verbose()) {
            err.println("careprint: removed " + stale + " temporary file(s) left by an interrupted run");
        }
        for (SkippedInput s : plan.skipped()) {
            if (!options.quiet()) {
                err.println("careprint: skipped " + s.source() + ": " + s.reason());
            }
        }
        List<DocumentOutcome> outcomes;
        try (ProgressSink progress = ProgressSink.create(plan.documents().size(), options.quiet(), err, "Building")) {
            outcomes = ParallelRunner.run(plan.documents(), ctx, options.jobs(), progress);
        }
        Findings.printErrors(outcomes, err, options.verbose());

        List<ObjectNode> docs = new ArrayList<>();
        List<String> roles = ctx.outputRoles();
        int rendered = 0;
        int upToDate = 0;
        for (DocumentOutcome o : outcomes) {
            docs.add(ReportJson.reportFields(o, roles));
            rendered += "rendered".equals(o.action()) ? 1 : 0;
            upToDate += "up-to-date".equals(o.action()) ? 1 : 0;
        }
        List<ObjectNode> skipped = plan.skipped().stream().map(RunReport::skippedEntry).toList();
        ObjectNode thisRun = ReportJson.MAPPER.createObjectNode();
        thisRun.put("shard", options.shard().toString());
        thisRun.put("jobs", options.jobs());
        thisRun.put("rendered", rendered);
        thisRun.put("upToDate", upToDate);
        thisRun.put("forced", options.force());
        thisRun.put("staleTemporariesRemoved", stale);
        thisRun.put("elapsedMs", (System.nanoTime() - start) / 1_000_000L);
        ObjectNode report = RunReport.build(options.organization(), docs, skipped, thisRun);
        if (options.audioUrl() != null) {
            report.put("audioUrl", options.audioUrl()); // where the feed's enclosures live
        }
        try {
            state.save(outDir);
            AtomicOutput.write(outDir.resolve(RunReport.FILE_NAME), ReportJson.bytes(report));
            AtomicOutput.write(outDir.resolve(IndexPage.FILE_NAME),
                    IndexPage.render(report).getBytes(StandardCharsets.UTF_8));
            if (PodcastFeed.wanted(report)) {
                AtomicOutput.write(outDir.resolve(PodcastFeed.FILE_NAME), PodcastFeed.render(report).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report in " + outDir, e);
        }
        if (!options.quiet()) {
            out.println(RunReport.summary(report, InputPlanner.display(outDir.resolve(RunReport.FILE_NAME))));
            out.println(rendered == 0
                    ? "Nothing to render: " + upToDate + " up to date."
                    : rendered + " rendered, " + upToDate + " up to date.");
        }
        boolean failed = outcomes.stream().anyMatch(DocumentOutcome::failed);
        int exit = failed || (options.strict() && Findings.anyWarnings(outcomes)) ? 1 : 0;
        return new RunResult(exit, report, outcomes);
    }
}
