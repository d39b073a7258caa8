package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.careprint.audio.ScriptProbe;
import org.careprint.model.Finding;
import org.careprint.model.ReadResult;
import org.careprint.source.DocumentLoader;

/**
 * Issue 15: random and adversarial documents through the whole pipeline — read, bind and check, the PDF
 * handout (through the same worker a build uses, files written and committed) and the audio script — each
 * under a time limit; no internal error, no exception, no stack overflow. Runs in {@code mvn verify}
 * (about 20 s on 2 cores).
 */
class PipelineFuzzTest {
    /** Per document, generous for a loaded CI machine; real pages take well under a second. */
    private static final Duration LIMIT = Duration.ofSeconds(15);
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html");
    /** Pieces that have broken readers before: markup, dates, markers, nesting, odd characters. */
    private static final List<String> FRAGMENTS = List.of("info-icon", "\n", "\n\n", "  • ", ":", "---\n", "|", "\t",
            "<p>", "</p>", "<div>", "</", "<ul><li>", "<table><tr><td>", "<h1>", "[", "](", "](glossary:x)", "!", "*", "#",
            "> ", "- ", "1. ", "Reviewed By:", "February 30, 2020", "March 3, 2024", "2031-01-01", "<MM/DD/YYYY>",
            "\u00A0", "\uFEFF", "\u0000", "\r", "\u001b[31m", "\uD800", "\uDC00", "\u0301\u0301\u0301", "\u202E",
            "&#xD800;", "&amp;", "&", "title: !!binary aGVsbG8=\n", "word.1,1,1", "ab-ab-ab-", "https://x.org/a?b=c",
            "```", "<time datetime=\"2020-01-02\">", "<span class=glossary title=d>t</span>", "‹", "😀", "ﬁ", "\u00AD",
            "1-800-555-0100", "Home > ", "Words to know", "123456789012345678901234567890");
    private static final List<String> FLOODS = List.of("[", ">", "<div>", "<ul><li>", "\u0301", "(", "*", "ab-", "word.1,",
            "`", "_", "|", "#", "‹", "&#xD800;", "\n", " ", "- ", "> - ");

    private static Path dir;
    private static RunContext ctx;
    private static DocumentWorker worker;
    private static DocumentLoader loader;
    private static DocumentPipeline pipeline;
    private static int count;

    @BeforeContainer
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("careprint-fuzz");
        BatchOptions options = BatchOptions.builder().output(dir.resolve("out")).audio(false).transcript(true)
                .force(true).today(LocalDate.of(2025, 6, 1)).jobs(1).build();
        Files.createDirectories(options.output());
        ctx = RunContext.prepare(options, List.of(), true, false, BuildState.empty());
        worker = new DocumentWorker(ctx);
        loader = new DocumentLoader(options.loadOptions());
        pipeline = new DocumentPipeline(ctx);
    }

    @AfterContainer
    static void tearDown() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> pieces = Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(60)
                .map(l -> String.join("", l));
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .list().ofMaxSize(40).map(l -> String.join(" ", l));
        Arbitrary<String> flood = Combinators.combine(Arbitraries.of(FLOODS), Arbitraries.integers().between(500, 20_000))
                .as((s, n) -> s.repeat(Math.max(1, n / s.length())));
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> mixed = Combinators.combine(words, pieces, words, pieces).as((a, b, c, d) -> a + b + "\n\n" + c + d);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, mixed),
                net.jqwik.api.Tuple.of(2, pieces),
                net.jqwik.api.Tuple.of(1, flood),
                net.jqwik.api.Tuple.of(1, unicode),
                net.jqwik.api.Tuple.of(1, Combinators.combine(words, flood).as((w, f) -> "Title\n\n" + w + "\n\n" + f)));
    }

    @Property(tries = 60, seed = "15")
    void wholePipelineNeverFailsInternally(@ForAll("documents") String text, @ForAll("extension") String extension) {
        assertTimeoutPreemptively(LIMIT, () -> {
            Path file = dir.resolve("page-" + (++count) + extension);
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
            PlannedDocument doc = new PlannedDocument(file, file.toString(), file.getFileName().toString(),
                    "page-" + count, DocumentOverrides.NONE, null);
            DocumentOutcome o = worker.process(doc);
            assertTrue(o.failure() == null, () -> "unexpected " + o.failure() + " for " + preview(text));
            for (Finding f : o.findings()) {
                assertTrue(!f.code().equals("internal-error") && !f.code().equals("io-error")
                        && !f.message().contains("report the problem") && !f.message().contains("could not be understood"),
                        () -> f + " for " + preview(text));
            }
            if (!o.failed()) {
                assertTrue(Files.isRegularFile(dir.resolve("out").resolve("page-" + count + ".pdf")), "rendered");
            }
        }, () -> "over " + LIMIT + " for " + preview(text));
    }

    @Property(tries = 150, seed = "15")
    void readCheckAndAudioScriptNeverThrow(@ForAll("documents") String text, @ForAll("extension") String extension) {
        assertTimeoutPreemptively(LIMIT, () -> {
            ReadResult read = loader.read("page" + extension, text.getBytes(StandardCharsets.UTF_8));
            assertNotNull(read);
            if (read.readable()) {
                Path file = dir.resolve("script" + extension);
                Files.write(file, text.getBytes(StandardCharsets.UTF_8));
                PlannedDocument doc = new PlannedDocument(file, file.toString(), "script" + extension, "script",
                        DocumentOverrides.NONE, null);
                DocumentPipeline.Prepared p = pipeline.prepare(read, doc);
                assertTrue(ScriptProbe.spokenUnits(p.bound(), p.review()) > 0, "a readable page has something to say");
            }
        }, () -> "over " + LIMIT + " for " + preview(text));
    }

    @Provide
    Arbitrary<String> extension() {
        return Arbitraries.of(EXTENSIONS);
    }

    private static String preview(String text) {
        String t = text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " chars)" : text;
        return org.careprint.batch.ConsoleText.safe(t);
    }
}
