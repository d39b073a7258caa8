package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.ReviewStatus;
import org.junit.jupiter.api.Test;

class CheckerTest {
    private final Checker checker = new Checker(CheckOptions.of(TODAY));

    private static Handout troubled() {
        return handout(meta(LocalDate.of(2015, 8, 31), "", LocalDate.of(2022, 6, 7)),
                heading(1, "Treatment"),
                para(3, "These medicines include:"),
                heading(5, "Brain Metastases"),
                para(7, "Ask about ", term("stereotactic radiosurgery"), " and ", term("biopsy"), "."),
                para(9, "The options are:"));
    }

    @Test
    void runsAllRulesAndSortsByLineThenCode() {
        Handout page = troubled();
        List<Finding> f = checker.check(page, review(page, LocalDate.of(2018, 8, 31), ReviewStatus.OVERDUE));
        List<String> got = f.stream().map(x -> x.line() + " " + x.code()).toList();
        assertEquals(List.of("3 lost-list", "7 reading-level", "7 undefined-term", "7 undefined-term", "9 lost-list",
                "40 missing-reviewer", "40 review-overdue"), got);
    }

    @Test
    void cleanPageHasNoFindings() {
        Handout page = handout(meta(LocalDate.of(2024, 3, 10), "Dr. Ana Ruiz", LocalDate.of(2024, 4, 1)),
                heading(1, "Care at Home"),
                para(2, "Rest when you feel tired. Drink water. The treatments for this are:"),
                list(3, "Take short walks.", "Eat small meals."));
        assertEquals(List.of(), checker.check(page, review(page, LocalDate.of(2027, 3, 10), ReviewStatus.CURRENT)));
    }

    @Test
    void missingReviewInfoIsTreatedAsUnknown() {
        Handout page = handout(meta(null, null, null), para(1, "Rest well."));
        List<String> codes = checker.check(page, null).stream().map(Finding::code).toList();
        assertEquals(List.of("missing-review-date", "missing-reviewer"), codes);
    }

    @Test
    void spellingRunsOnlyWhenAsked() {
        assertFalse(checker.codes().contains("spelling"));
        assertTrue(new Checker(new CheckOptions(true, null, TODAY)).codes().contains("spelling"));
    }

    @Test
    void fixturePageReportsItsProblems() {
        Handout page = fixture("targeted-therapy.txt");
        List<Finding> f = checker.check(page, review(page, LocalDate.of(2027, 3, 10), ReviewStatus.CURRENT));
        List<String> got = f.stream().map(x -> x.line() + " " + x.code()).toList();
        // SMOG puts this plain page just above grade 8: medical words are long.
        assertEquals(List.of("9 reading-level", "9 undefined-term", "13 lost-list", "27 undefined-term"), got);
        assertTrue(f.get(2).message().contains("\u201cYour doctor may also talk about these choices:\u201d"));
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        Handout page = troubled();
        var info = review(page, LocalDate.of(2018, 8, 31), ReviewStatus.OVERDUE);
        List<Finding> expected = checker.check(page, info);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> checker.check(page, info)));
            }
            for (Future<List<Finding>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
