package org.careprint.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careprint.audio.AudioProgramme;
import org.careprint.batch.AtomicOutput;
import org.careprint.batch.IoProblem;
import org.careprint.batch.OutputFile;
import org.careprint.batch.OutputLock;
import org.careprint.batch.BatchOptions;
import org.careprint.batch.BuildState;
import org.careprint.batch.DocumentOutcome;
import org.careprint.batch.DocumentPreparer;
import org.careprint.batch.InputPlanner;
import org.careprint.batch.Inputs;
import org.careprint.batch.Plan;
import org.careprint.batch.PlannedDocument;
import org.careprint.batch.ProgressSink;
import org.careprint.batch.RunContext;
import org.careprint.batch.RunResult;
import org.careprint.batch.Shard;
import org.careprint.batch.SkippedInput;
import org.careprint.booklet.Booklet;
import org.careprint.booklet.BookletHandout;
import org.careprint.booklet.BookletOptions;
import org.careprint.booklet.BookletResult;
import org.careprint.model.CarePrintException;
import org.careprint.output.Figures;
import org.careprint.report.Booklets;
import org.careprint.report.Findings;

/**
 * {@code careprint booklet}: reads and prepares every input like {@code build} (read → bind → review →
 * check), in the order given (command line, then manifest; a folder's pages sorted by path), leaves out
 * pages with errors, and writes the rest as one booklet PDF, atomically; with audio (the default) also the audio
 * companion BOOK.mp3 and BOOK.vtt ({@link BookletAudio}); then lists the booklet in its folder's report.json and
 * index.html ({@link BookletCatalogue}), holding the folder's lock throughout.
 */
public final class BookletCommand {
    private final BatchOptions options;
    private final BookletOptions booklet;
    private final Path book;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * Outcome of a booklet run: the exit code, each page's outcome, where things landed (null when not written) and
     * the audio companion (null when not made).
     */
    public record Result(int exitCode, List<DocumentOutcome> outcomes, BookletResult booklet,
                         AudioProgramme.Result audio) {
    }

    public BookletCommand(BatchOptions options, BookletOptions booklet, Path book, PrintStream out, PrintStream err) {
        this.options = options;
        this.booklet = booklet;
        this.book = book;
        this.out = out;
        this.err = err;
    }

    /** @throws CarePrintException for usage or configuration problems (exit code 2) */
    public Result make(List<Path> inputs) {
        List<InputPlanner.Input> resolved = Inputs.resolve(inputs, options.manifest());
        Plan plan = new InputPlanner(null).plan(resolved, Shard.ALL);
        List<PlannedDocument> docs = inInputOrder(plan.documents(), resolved);
        RunContext ctx = RunContext.prepare(options, docs, true, options.spelling(), BuildState.empty());
        Path folder = book.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CarePrintException("Cannot create the folder " + folder + " for " + book + " (" + e.getMessage()
                    + "); choose another path with -o.");
        }
        if (Files.isDirectory(book) || !Files.isWritable(folder)) {
            throw new CarePrintException("Cannot write the booklet to " + book + "; give a writable file path with -o.");
        }
        for (SkippedInput s : plan.skipped()) {
            if (!options.quiet() && !Path.of(s.source()).toAbsolutePath().normalize()
                    .equals(book.toAbsolutePath().normalize())) {
                err.println("careprint: skipped " + s.source() + ": " + s.reason());
            }
        }
        List<DocumentPreparer.Prepared> prepared;
        try (ProgressSink progress = ProgressSink.create(docs.size(), options.quiet(), err, "Reading")) {
            prepared = DocumentPreparer.prepare(docs, ctx, progress);
        }
        List<DocumentOutcome> outcomes = prepared.stream().map(DocumentPreparer.Prepared::outcome).toList();
        Findings.printErrors(outcomes, err, options.verbose());
        List<BookletHandout> handouts = new ArrayList<>();
        for (DocumentPreparer.Prepared p : prepared) {
            if (p.usable()) {
                handouts.add(new BookletHandout(p.doc().source(), p.handout(), p.review()));
            }
        }
        if (handouts.isEmpty()) {
            err.println("careprint: no page could be printed, so no booklet was written; fix the errors above.");
            return new Result(1, outcomes, null, null);
        }
        String pdfName = book.getFileName().toString();
        String stem = pdfName.contains(".") ? pdfName.substring(0, pdfName.lastIndexOf('.')) : pdfName;
        List<String> names = options.audio() ? List.of(pdfName, stem + ".mp3", stem + ".vtt") : List.of(pdfName);
        BookletResult result;
        AudioProgramme.Result audio = null;
        // the folder is locked like a build's output folder: the booklet and the catalogue are written together
        try (OutputLock lock = OutputLock.acquire(folder, options.waitForLock(), options.quiet() ? null : err)) {
            boolean catalogue = BookletCatalogue.ours(folder);
            if (catalogue) {
                BookletCatalogue.checkNames(folder, names);
            }
            long pdfBytes;
            try (AtomicOutput file = AtomicOutput.begin(book)) {
                result = new Booklet(ctx.style(options.style()), booklet).write(handouts, file.stream());
                pdfBytes = file.bytes();
                file.commit();
            }
            OutputFile mp3 = null;
            OutputFile vtt = null;
            if (options.audio()) {
                if (!options.quiet()) {
                    err.println("careprint: speaking " + Figures.plural(handouts.size(), "handout")
                            + " for the audio companion " + InputPlanner.display(folder.resolve(names.get(1))));
                }
                try (AtomicOutput a = AtomicOutput.begin(folder.resolve(names.get(1)));
                     AtomicOutput v = AtomicOutput.begin(folder.resolve(names.get(2)))) {
                    audio = BookletAudio.write(options, booklet, handouts, a.stream(), v.stream());
                    mp3 = BookletAudio.file("audio", names.get(1), a.bytes(), audio);
                    vtt = BookletAudio.file("captions", names.get(2), v.bytes(), null);
                    a.commit();
                    v.commit();
                }
            }
            if (catalogue) {
                BookletCatalogue.update(folder, Booklets.entry(pdfName, pdfBytes, booklet.title(), booklet.printed(),
                        result, handouts, mp3, vtt), options.organization());
            } else if (!options.quiet()) {
                err.println("careprint: " + InputPlanner.display(folder) + " has a report.json or index.html that"
                        + " CarePrint did not write, so the booklet is not listed there.");
            }
        } catch (IOException e) {
            throw new CarePrintException("Cannot write the booklet " + book + ": " + IoProblem.sentence(e));
        }
        long failed = outcomes.stream().filter(DocumentOutcome::failed).count();
        if (!options.quiet()) {
            out.println(summary(result, audio, failed));
        }
        boolean warnings = options.strict() && Findings.anyWarnings(outcomes);
        return new Result(failed > 0 || warnings ? 1 : 0, outcomes, result, audio);
    }

    private String summary(BookletResult r, AudioProgramme.Result audio, long failed) {
        StringBuilder sb = new StringBuilder("Booklet ").append(InputPlanner.display(book)).append(": ")
                .append(Figures.plural(r.chapters().size(), "handout")).append(", ")
                .append(Figures.plural(r.pages(), "page")).append(" (").append(r.blankPages()).append(" blank)");
        if (!r.overdue().isEmpty()) {
            sb.append(", ").append(r.overdue().size()).append(" overdue for review (listed on page ")
                    .append(r.reviewPage()).append(')');
        }
        if (audio != null) {
            sb.append("; audio companion ").append(Figures.duration(audio.durationSeconds())).append(", ")
                    .append(Figures.plural(audio.timeline().chapters().size(), "chapter"));
        }
        if (failed > 0) {
            sb.append("; ").append(Figures.plural((int) failed, "page")).append(" left out because of errors");
        }
        return sb.append('.').toString();
    }

    /**
     * Documents in the order the inputs were given: the planner sorts by path; a booklet keeps the command
     * line's and the manifest's order, and sorts only within a folder.
     */
    static List<PlannedDocument> inInputOrder(List<PlannedDocument> docs, List<InputPlanner.Input> inputs) {
        List<Path> roots = inputs.stream().map(i -> i.path().toAbsolutePath().normalize()).toList();
        List<PlannedDocument> ordered = new ArrayList<>();
        for (PlannedDocument d : docs) {
            ordered.add(d.conflict() == null ? d : d.withConflict(null)); // one file is written: names cannot clash
        }
        ordered.sort(Comparator.comparingInt(d -> rank(d.file().toAbsolutePath().normalize(), roots)));
        return ordered;
    }

    private static int rank(Path file, List<Path> roots) {
        for (int i = 0; i < roots.size(); i++) {
            if (file.startsWith(roots.get(i))) {
                return i;
            }
        }
        return roots.size();
    }
}
