package org.careprint.glossary.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careprint.check.CheckOptions;
import org.careprint.check.Checker;
import org.careprint.glossary.Glossary;
import org.careprint.glossary.TermBinder;
import org.careprint.model.Handout;
import org.careprint.model.ReadResult;
import org.careprint.review.ReviewPolicy;
import org.careprint.source.DocumentLoader;
import org.careprint.source.LoadOptions;

/**
 * Benchmark (not a test) for issue 9's targets: built-in glossary load (cold, first call in a fresh JVM;
 * target &lt; 300 ms) and reading + binding + checking a 5,000-word scraped page with info-icon markers,
 * warm (target &lt; 3 s). Usage: GlossaryBench [words=5000] [runs=5].
 */
public final class GlossaryBench {
    private GlossaryBench() {
    }

    public static void main(String[] args) throws Exception {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t0 = System.nanoTime();
        Glossary g = Glossary.builtIn();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("glossary load (cold): %d ms, %d entries%n", loadMs, g.size());

        Path page = Files.createTempFile("careprint-bench", ".txt");
        Files.writeString(page, page(words), StandardCharsets.UTF_8);
        DocumentLoader loader = new DocumentLoader(LoadOptions.defaults());
        Checker checker = new Checker(new CheckOptions(false, g::isKnownWord, LocalDate.of(2026, 1, 1)));
        long best = Long.MAX_VALUE;
        int terms = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            ReadResult read = loader.load(page);
            Handout bound = TermBinder.bind(read.handout(), g);
            checker.check(bound, ReviewPolicy.defaults().evaluate(bound.metadata(), LocalDate.of(2026, 1, 1)));
            long ms = (System.nanoTime() - t) / 1_000_000;
            terms = bound.distinctTerms().size();
            System.out.printf("check run %d: %d ms%n", i + 1, ms);
            best = Math.min(best, ms);
        }
        System.out.printf("check of a %d-word page (warm, best of %d): %d ms, %d distinct terms%n", words, runs, best, terms);
        Files.deleteIfExists(page);
    }

    /** A scraped-text page built from the unseen-page fixtures' paragraphs until it has the given words. */
    static String page(int words) throws Exception {
        Path dir = Path.of("src/test/resources/glossary/unseen");
        List<Path> parts = List.of(dir.resolve("lymphedema-care.txt"), dir.resolve("bone-health.txt"),
                dir.resolve("chemo-side-effects.txt"));
        StringBuilder body = new StringBuilder("A Long Page About Living With Cancer\n\n");
        int count = 0;
        int section = 1;
        while (count < words) {
            for (Path p : parts) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                body.append("Part ").append(section++).append('\n');
                for (String line : lines.subList(1, lines.size() - 4)) {
                    body.append(line).append('\n');
                    count += line.isBlank() ? 0 : line.trim().split("\\s+").length;
                }
                body.append('\n');
            }
        }
        return body.append("June 3, 2021\nReviewed By:\nAnne Lee\n").toString();
    }
}
