package org.careprint.batch;

import org.careprint.glossary.Glossary;
import org.careprint.glossary.TermBinder;
import org.careprint.model.Blocks;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.ReadResult;
import org.careprint.source.DocumentLoader;
import org.careprint.source.LoadOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The glossary judged the way issue 9 judges it, on pages written in the shapes of real sites (seed-style
 * scraped text with info-icon markers, an NCI PDQ Markdown page with popDefinition links, an NCI fact sheet,
 * USAGov/healthcare.gov and MedlinePlus HTML). Each page has a {@code .terms} file listing the spans a person
 * sees marked, in order. Measures span recall and precision and the share of marked terms defined, with
 * the built-in glossary only, and prints the table.
 */
class GlossaryOnUnseenPagesTest {
    /** Pages written by us in real sites' shapes, and a held-out set written without sight of the code. */
    private static final List<Path> DIRS = List.of(Path.of("src/test/resources/glossary/unseen"),
            Path.of("src/test/resources/glossary/heldout"));

    record Score(String page, int expected, int found, int matched, int distinct, int defined) {
    }

    @Test
    void spansAreFoundAndMarkedTermsAreDefined() throws IOException {
        DocumentLoader loader = new DocumentLoader(LoadOptions.defaults());
        List<Score> scores = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Path dir : DIRS) {
          try (Stream<Path> files = Files.list(dir)) {
            for (Path page : files.filter(p -> !p.toString().endsWith(".terms")).sorted().toList()) {
                String name = dir.getFileName() + "/" + page.getFileName().toString();
                String file = page.getFileName().toString();
                Path termsFile = dir.resolve(file.substring(0, file.lastIndexOf('.')) + ".terms");
                List<String> expected = new ArrayList<>(Files.readAllLines(termsFile, StandardCharsets.UTF_8)
                        .stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
                ReadResult read = loader.load(page);
                Handout bound = TermBinder.bind(read.handout(), Glossary.builtIn());
                List<Inline.Term> found = new ArrayList<>();
                Blocks.forEachInline(bound.blocks(), i -> {
                    if (i instanceof Inline.Term t) {
                        found.add(t);
                    }
                });
                List<String> remaining = new ArrayList<>(expected);
                int matched = 0;
                for (Inline.Term t : found) {
                    if (remaining.remove(t.text().strip())) {
                        matched++;
                    } else {
                        misses.add(name + ": found \"" + t.text() + "\" (not a marked span)");
                    }
                }
                remaining.forEach(r -> misses.add(name + ": missed \"" + r + "\""));
                List<Inline.Term> distinct = bound.distinctTerms();
                int defined = (int) distinct.stream().filter(Inline.Term::defined).count();
                distinct.stream().filter(t -> !t.defined())
                        .forEach(t -> misses.add(name + ": undefined \"" + t.text() + "\""));
                scores.add(new Score(name, expected.size(), found.size(), matched, distinct.size(), defined));
            }
          }
        }
        int expected = scores.stream().mapToInt(Score::expected).sum();
        int found = scores.stream().mapToInt(Score::found).sum();
        int matched = scores.stream().mapToInt(Score::matched).sum();
        int distinct = scores.stream().mapToInt(Score::distinct).sum();
        int defined = scores.stream().mapToInt(Score::defined).sum();
        StringBuilder table = new StringBuilder("page | marked | found | right | recall | precision | defined\n");
        for (Score s : scores) {
            table.append(String.format(Locale.ROOT, "%s | %d | %d | %d | %.0f%% | %.0f%% | %d/%d%n", s.page(), s.expected(),
                    s.found(), s.matched(), 100.0 * s.matched() / s.expected(), 100.0 * s.matched() / Math.max(1, s.found()),
                    s.defined(), s.distinct()));
        }
        double recall = (double) matched / expected;
        double precision = (double) matched / found;
        double coverage = (double) defined / distinct;
        table.append(String.format(Locale.ROOT, "all | %d | %d | %d | %.1f%% | %.1f%% | %.1f%%%n", expected, found, matched,
                100 * recall, 100 * precision, 100 * coverage));
        System.out.println(table);
        misses.forEach(System.out::println);
        assertTrue(recall >= 0.95, "span recall " + recall + "\n" + table + String.join("\n", misses));
        assertTrue(precision >= 0.95, "span precision " + precision + "\n" + table + String.join("\n", misses));
        assertTrue(coverage >= 0.90, "defined " + coverage + "\n" + table + String.join("\n", misses));
        assertEquals(15, scores.size(), "every fixture page was read");
    }
}
