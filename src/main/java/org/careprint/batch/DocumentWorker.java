package org.careprint.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careprint.audio.AudioOptions;
import org.careprint.audio.AudioRenderer;
import org.careprint.audio.AudioResult;
import org.careprint.check.Readability;
import org.careprint.glossary.TermBinder;
import org.careprint.model.CarePrintException;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.careprint.model.ReviewInfo;
import org.careprint.print.PdfRenderer;
import org.careprint.print.PdfResult;
import org.careprint.print.PrintOptions;
import org.careprint.source.DocumentLoader;

/**
 * Processes documents on one worker thread: read, bind terms, apply the review policy, check, and
 * (for build) render PDF and audio through atomic outputs. Holds this thread's renderers, which are not
 * thread-safe. Never throws for a document: every failure becomes an error finding in the outcome.
 */
public final class DocumentWorker implements ParallelRunner.Worker {
    private final RunContext ctx;
    private final DocumentLoader loader;
    private final Map<String, PdfRenderer> pdfRenderers = new HashMap<>();
    private final Map<String, AudioRenderer> audioRenderers = new HashMap<>();
    /** Set when the runner gave up on this worker's document (over --doc-timeout): it must write nothing more. */
    private boolean abandoned;

    public DocumentWorker(RunContext ctx) {
        this.ctx = ctx;
        this.loader = new DocumentLoader(ctx.options().loadOptions());
    }

    @Override
    public DocumentOutcome process(PlannedDocument doc) {
        long start = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        String title = null;
        ReviewInfo review = null;
        List<DocumentOutcome.TermUse> terms = List.of();
        DocumentOutcome.ReadabilityScores readability = null;
        int cruft = 0;
        Outputs outputs = Outputs.NONE;
        String action = "not-rendered";
        Throwable failure = null;
        try {
            long t = System.nanoTime();
            ReadResult read = loader.load(doc.file());
            timings.put("readMs", millisSince(t));
            checkpoint();
            findings.addAll(read.findings());
            cruft = read.cruftRemoved();
            if (!read.readable()) {
                if (findings.stream().noneMatch(f -> f.severity() == org.careprint.model.Severity.ERROR)) {
                    findings.add(Finding.error("unreadable", 0, "This file could not be read as a page."));
                }
            } else {
                t = System.nanoTime();
                TermBinder.Result binding = TermBinder.bind(applyOverrides(read.handout(), doc), ctx.glossary(),
                        ctx.dictionary());
                Handout bound = binding.handout();
                findings.addAll(binding.findings());
                title = bound.metadata().title();
                review = ctx.policy().evaluate(bound.metadata(), ctx.options().today());
                findings.addAll(ctx.checker().check(bound, review));
                terms = terms(bound);
                Readability r = Readability.of(bound);
                readability = new DocumentOutcome.ReadabilityScores(round(r.fleschKincaid(), 1), round(r.smog(), 1));
                timings.put("checkMs", millisSince(t));
                checkpoint();
                if (ctx.render() && ctx.options().pdf()) {
                    unsupportedCharacters(bound, doc).ifPresent(findings::add);
                }
                if (doc.conflict() != null) {
                    findings.add(Finding.error("name-conflict", 0, doc.conflict()));
                }
                boolean errors = findings.stream().anyMatch(f -> f.severity() == org.careprint.model.Severity.ERROR);
                if (ctx.render() && !errors && (ctx.options().pdf() || ctx.options().audio())) {
                    RenderJob job = new RenderJob(doc, bound, review);
                    String hash = job.hash();
                    Path out = ctx.options().output();
                    if (!ctx.options().force() && ctx.previous().upToDate(doc.source(), hash, out)) {
                        outputs = ctx.previous().get(doc.source()).outputs();
                        action = "up-to-date";
                    } else {
                        outputs = job.render(timings);
                        action = "rendered";
                        record(doc.source(), new BuildState.Entry(hash, outputs));
                    }
                }
            }
        } catch (CarePrintException e) {
            findings.add(Finding.error("config", 0, e.getMessage()));
            failure = e;
        } catch (Exception | StackOverflowError | LinkageError e) {
            findings.add(Finding.error("internal-error", 0, "CarePrint could not process this page ("
                    + describe(e) + "); run again with --verbose and report the problem."));
            failure = e;
        }
        if (failure != null) {
            outputs = Outputs.NONE;
            action = "not-rendered";
        }
        findings.sort(Comparator.comparingInt(Finding::line));
        timings.put("totalMs", millisSince(start));
        return new DocumentOutcome(doc.source(), doc.outputName(), title, review, terms, readability, findings,
                cruft, outputs, action, timings, failure);
    }

    /**
     * Called by the runner when this worker's document is over its time budget: from now on the worker
     * commits no output and records no state (the runner reports the timeout and uses a fresh worker).
     */
    @Override
    public synchronized void abandon() {
        abandoned = true;
    }

    /** Commits an output unless the document was abandoned (checked and done under the same lock). */
    private synchronized void commit(AtomicOutput out) throws IOException {
        checkpoint();
        out.commit();
    }

    /** Stops an abandoned document between stages, so its thread stops using CPU the batch needs. */
    private synchronized void checkpoint() {
        if (abandoned) {
            throw new java.util.concurrent.CancellationException("over its time budget");
        }
    }

    private synchronized void record(String source, BuildState.Entry entry) throws IOException {
        if (!abandoned) {
            ctx.previous().record(source, entry);
        }
    }

    /** The outcome of a document stopped after its budget of {@code budgetMs} (--doc-timeout). */
    static DocumentOutcome timedOut(PlannedDocument doc, long budgetMs, long elapsedMs) {
        String budget = budgetMs % 1000 == 0 ? budgetMs / 1000 + " s" : budgetMs + " ms";
        Finding f = Finding.error("timeout", 0, "This page took longer than its time budget of " + budget
                + " (--doc-timeout) and was stopped; it was not built. Check the page for very long"
                + " lines or deep nesting, or raise --doc-timeout.");
        return new DocumentOutcome(doc.source(), doc.outputName(), null, null, List.of(), null, List.of(f), 0,
                Outputs.NONE, "not-rendered", Map.of("totalMs", elapsedMs), null);
    }

    private PdfRenderer pdfRendererFor(String styleKey) {
        return pdfRenderers.computeIfAbsent(styleKey, k -> new PdfRenderer(ctx.style(k)));
    }

    /** Characters no bundled font can draw would print as a replacement mark: say so instead of hiding it. */
    private java.util.Optional<Finding> unsupportedCharacters(Handout bound, PlannedDocument doc) {
        java.util.SortedSet<String> missing = pdfRendererFor(RunContext.styleKey(ctx.options(), doc))
                .unsupportedCharacters(bound);
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Finding.warning("unsupported-character", 0, "The handout's fonts cannot draw "
                + String.join(", ", missing) + "; they print as \uFFFD (screen readers still get the character)."
                + " Replace them or use a style with a font that has them."));
    }

    private Handout applyOverrides(Handout handout, PlannedDocument doc) {
        Metadata m = handout.metadata();
        if (doc.overrides().title() != null) {
            m = m.withTitle(doc.overrides().title());
        }
        if (doc.overrides().reviewCycle() != null) {
            m = m.withReviewFrequency(doc.overrides().reviewCycle());
        }
        Handout h = handout.withMetadata(m);
        if (ctx.options().autoTerms()) {
            h = TermBinder.markFirstUses(h, ctx.glossary());
        }
        return h;
    }

    private static List<DocumentOutcome.TermUse> terms(Handout bound) {
        List<DocumentOutcome.TermUse> list = new ArrayList<>();
        for (Inline.Term t : bound.distinctTerms()) {
            org.careprint.model.TermBinding b = t.binding();
            list.add(new DocumentOutcome.TermUse(t.label(), t.defined(), b == null ? null : b.entry(),
                    t.defined() ? t.definition() : null, b == null ? null : b.source()));
        }
        return list;
    }

    /** One document's rendering: its inputs (for the hash) and its outputs. */
    private final class RenderJob {
        private final PlannedDocument doc;
        private final Handout bound;
        private final ReviewInfo review;
        private final String organization;
        private final String styleKey;
        private final PrintOptions printOptions;
        private final AudioOptions audioOptions;

        RenderJob(PlannedDocument doc, Handout bound, ReviewInfo review) {
            this.doc = doc;
            this.bound = bound;
            this.review = review;
            BatchOptions o = ctx.options();
            this.organization = doc.overrides().organization() != null ? doc.overrides().organization() : o.organization();
            this.styleKey = RunContext.styleKey(o, doc);
            String audioUrl = o.audioUrl() == null || !o.audio() ? null
                    : o.audioUrl().replaceAll("/+$", "") + "/" + doc.outputName() + "." + o.audioFormat();
            this.printOptions = new PrintOptions(o.paper(), organization, o.showOverdue(), audioUrl,
                    creationEpoch(o, bound.metadata()));
            this.audioOptions = new AudioOptions(o.audioFormat(), o.rate(), o.bitrate(), organization, o.lexicons(),
                    o.loudness(), o.showOverdue(), o.audioGlossary());
        }

        String hash() throws IOException {
            BatchOptions o = ctx.options();
            StringBuilder key = new StringBuilder();
            key.append("careprint ").append(ToolVersion.get()).append('\n');
            key.append("glossary ").append(ctx.glossary().fingerprint()).append('\n');
            key.append("name ").append(doc.outputName()).append('\n');
            if (o.pdf()) {
                key.append("pdf ").append(printOptions).append('\n');
                key.append("style ").append(ctx.style(styleKey).fingerprint()).append('\n');
                key.append("fonts ").append(ctx.fontsFingerprint()).append('\n');
            }
            if (o.audio()) {
                key.append("audio ").append(o.audioFormat()).append(' ').append(o.rate()).append(' ')
                        .append(o.bitrate()).append(' ').append(organization).append(' ').append(o.loudness())
                        .append(' ').append(o.showOverdue()).append(' ').append(o.audioGlossary()).append('\n');
                key.append("lexicon ").append(audioRenderer().lexiconFingerprint()).append('\n');
            }
            key.append("review ").append(review).append('\n');
            key.append("handout ").append(bound).append('\n');
            MessageDigest sha = sha256();
            sha.update(key.toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(doc.file())) {
                byte[] buf = new byte[1 << 16];
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    sha.update(buf, 0, n);
                }
            }
            return hex(sha.digest());
        }

        Outputs render(Map<String, Long> timings) throws IOException {
            BatchOptions o = ctx.options();
            Path outDir = o.output();
            OutputFile pdf = null;
            OutputFile audio = null;
            OutputFile captions = null;
            if (o.pdf()) {
                long t = System.nanoTime();
                String name = doc.outputName() + ".pdf";
                PdfResult result;
                try (AtomicOutput out = AtomicOutput.begin(outDir.resolve(name))) {
                    result = pdfRenderer().render(bound, review, printOptions, out.stream());
                    commit(out);
                }
                pdf = new OutputFile(name, Files.size(outDir.resolve(name)), result.pageCount(), null, null,
                        result.bodyPages(), result.glossaryPages(), null, null, null, null);
                timings.put("pdfMs", millisSince(t));
            }
            if (o.audio()) {
                checkpoint();
                long t = System.nanoTime();
                String audioName = doc.outputName() + "." + o.audioFormat();
                String vttName = doc.outputName() + ".vtt";
                AudioResult result;
                try (AtomicOutput audioOut = AtomicOutput.begin(outDir.resolve(audioName));
                     AtomicOutput vttOut = AtomicOutput.begin(outDir.resolve(vttName))) {
                    result = audioRenderer().render(bound, review, audioOut.stream(), vttOut.stream());
                    commit(audioOut);
                    commit(vttOut);
                }
                audio = new OutputFile(audioName, Files.size(outDir.resolve(audioName)), null,
                        round(result.durationSeconds(), 2), result.chapterCount(), null, null, round(result.loudnessLufs(), 1),
                        round(result.truePeakDbtp(), 1), round(result.speechWpm(), 1), round(result.overallWpm(), 1));
                captions = OutputFile.plain(vttName, Files.size(outDir.resolve(vttName)));
                timings.put("audioMs", millisSince(t));
            }
            return new Outputs(pdf, audio, captions);
        }

        private PdfRenderer pdfRenderer() {
            return pdfRendererFor(styleKey);
        }

        private AudioRenderer audioRenderer() {
            return audioRenderers.computeIfAbsent(String.valueOf(organization),
                    k -> new AudioRenderer(audioOptions));
        }
    }

    /** SOURCE_DATE_EPOCH, else the page's updated (or reviewed) date at 00:00 UTC, else 0: never the clock. */
    static long creationEpoch(BatchOptions o, Metadata m) {
        if (o.sourceDateEpoch() != null) {
            return o.sourceDateEpoch();
        }
        LocalDate date = m.updated() != null ? m.updated() : m.reviewed();
        return date == null ? 0L : date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    static double round(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    private static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg.lines().findFirst().orElse(""));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
