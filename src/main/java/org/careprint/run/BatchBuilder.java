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
import org.careprint.batch.ConsoleText;
import org.careprint.batch.IoProblem;
import org.careprint.batch.OutputLock;
import org.careprint.report.Booklets;
import org.careprint.report.Catalogue;
import org.careprint.report.Findings;
import org.careprint.report.IndexPage;
import org.careprint.report.PodcastFeed;
import org.careprint.report.ReportJson;
import org.careprint.report.RunReport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.careprint.model.CarePrintException;

/**
 * {@code careprint build}: plans the inputs, validates the configuration, locks the output folder
 * ({@link OutputLock}), removes stale temporaries, renders documents in parallel (skipping unchanged ones),
 * then writes the state file, report.json and index.html, each atomically. The report lists every good
 * output in the folder ({@link Catalogue}), not only this run's.
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
        // read-only look at the previous state: its outputs are never read back as pages
        Plan plan = new InputPlanner(outDir, generatedNames(BuildState.load(outDir)))
                .plan(Inputs.resolve(inputs, options.manifest()), options.shard());
        // configuration (styles, glossaries, lexicons, cycles) is validated before the output folder is touched
        RunContext ctx = RunContext.prepare(options, plan.documents(), true, options.spelling(), BuildState.empty());
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new CarePrintException("Cannot create the output folder " + InputPlanner.display(outDir) + " ("
                    + IoProblem.reason(e) + "); choose another folder with -o.");
        }
        if (!Files.isWritable(outDir)) {
            throw new CarePrintException("The output folder " + InputPlanner.display(outDir)
                    + " is not writable; choose another folder with -o.");
        }
        try (OutputLock lock = OutputLock.acquire(outDir, options.waitForLock(), options.quiet() ? null : err)) {
            if (lock.takenOver() != null && !options.quiet()) {
                err.println("careprint: took over the lock of a run that is no longer running ("
                        + ConsoleText.safe(lock.takenOver()) + ")");
            }
            return locked(plan, ctx, outDir, start);
        }
    }

    private RunResult locked(Plan plan, RunContext prepared, Path outDir, long start) {
        BuildState state = BuildState.load(outDir);
        RunContext ctx = prepared.withPrevious(state);
        int stale = AtomicOutput.removeStale(outDir);
        if (stale > 0 && options.verbose()) {
            err.println("careprint: removed " + stale + " temporary file(s) left by an interrupted run");
        }
        for (SkippedInput s : plan.skipped()) {
            if (!options.quiet()) {
                err.println("careprint: skipped " + ConsoleText.safe(s.source()) + ": " + ConsoleText.safe(s.reason()));
            }
        }
        List<DocumentOutcome> outcomes;
        try (ProgressSink progress = ProgressSink.create(plan.documents().size(), options.quiet(), err, "Building")) {
            outcomes = ParallelRunner.run(plan.documents(), ctx, options.jobs(), progress);
        }
        Findings.printErrors(outcomes, err, options.verbose());

        List<String> roles = ctx.outputRoles();
        int rendered = 0;
        int upToDate = 0;
        for (DocumentOutcome o : outcomes) {
            rendered += "rendered".equals(o.action()) ? 1 : 0;
            upToDate += "up-to-date".equals(o.action()) ? 1 : 0;
        }
        Catalogue.Result catalogue;
        try {
            catalogue = Catalogue.build(outcomes, roles, state, outDir, options.prune(), options.quiet() ? null : err);
        } catch (IOException e) {
            throw new CarePrintException("--prune could not remove an old output: " + IoProblem.sentence(e));
        }
        List<ObjectNode> skipped = plan.skipped().stream().map(RunReport::skippedEntry).toList();
        ObjectNode thisRun = ReportJson.MAPPER.createObjectNode();
        thisRun.put("shard", options.shard().toString());
        thisRun.put("jobs", options.jobs());
        thisRun.put("rendered", rendered);
        thisRun.put("upToDate", upToDate);
        thisRun.put("kept", catalogue.documents().size() - outcomes.size());
        thisRun.put("pruned", catalogue.prunedFiles().size());
        thisRun.put("forced", options.force());
        thisRun.put("staleTemporariesRemoved", stale);
        thisRun.put("elapsedMs", (System.nanoTime() - start) / 1_000_000L);
        // booklets written into this folder by 'careprint booklet' stay listed while their files are there
        ObjectNode report = RunReport.build(options.organization(), catalogue.documents(), Booklets.kept(outDir),
                skipped, thisRun);
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
            throw new CarePrintException("Could not write the report: " + IoProblem.sentence(e));
        }
        if (!options.quiet()) {
            out.println(RunReport.summary(report, InputPlanner.display(outDir.resolve(RunReport.FILE_NAME))));
            out.println(rendered == 0
                    ? "Nothing to render: " + upToDate + " up to date."
                    : rendered + " rendered, " + upToDate + " up to date.");
            int gone = catalogue.goneInputs().size() - catalogue.prunedSources().size();
            if (gone > 0) {
                err.println("careprint: " + gone + (gone == 1 ? " handout whose input is gone is" : " handouts whose input is gone are")
                        + " still listed; run with --prune to remove " + (gone == 1 ? "it" : "them") + ".");
            }
        }
        boolean failed = outcomes.stream().anyMatch(DocumentOutcome::failed);
        int exit = failed || (options.strict() && Findings.anyWarnings(outcomes)) ? 1 : 0;
        return new RunResult(exit, report, outcomes);
    }

    /** File names the previous runs wrote (never read as pages when the output folder is also an input). */
    private static Set<String> generatedNames(BuildState state) {
        Set<String> names = new HashSet<>();
        state.all().values().forEach(e -> e.outputs().all().forEach(f -> names.add(f.path())));
        return names;
    }
}
