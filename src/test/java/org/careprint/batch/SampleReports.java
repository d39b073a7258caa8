package org.careprint.batch;

import org.careprint.booklet.BookletHandout;
import org.careprint.booklet.BookletResult;
import org.careprint.model.Handout;
import org.careprint.model.Metadata;
import org.careprint.report.Booklets;
import org.careprint.report.ReportJson;
import org.careprint.report.RunReport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.careprint.model.Finding;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/** Hand-made reports for index page tests (no rendering needed). */
final class SampleReports {
    static final String SCRIPT_TITLE = "Pain <script>alert('x')</script> & \"Relief\"";

    private static final List<String> ROLES = List.of("pdf", "audio", "captions");

    private SampleReports() {
    }

    static ObjectNode report(List<ObjectNode> booklets) {
        DocumentOutcome current = new DocumentOutcome("in/anemia.txt", "anemia", "Anemia During Treatment",
                new ReviewInfo(LocalDate.of(2024, 3, 4), "Dana Okafor", null, LocalDate.of(2027, 3, 4), ReviewStatus.CURRENT),
                List.of(new DocumentOutcome.TermUse("anemia", true, "anemia", "A low number of red blood cells.", "built-in")), new DocumentOutcome.ReadabilityScores(5.2, 7.1),
                List.of(), 0, new Outputs(List.of(
                        new OutputFile("pdf", "anemia.pdf", 48_213, null, null, Map.of("pages", 2)),
                        new OutputFile("audio", "anemia.mp3", 350_000, null, null,
                                new java.util.LinkedHashMap<>(Map.of("durationSeconds", 71.5, "chapters", 3))),
                        new OutputFile("captions", "anemia.vtt", 2_048, null, null, Map.of()))),
                "rendered", Map.of("totalMs", 10L), null);
        DocumentOutcome escaped = new DocumentOutcome("in/pain.md", "pain", SCRIPT_TITLE,
                new ReviewInfo(LocalDate.of(2019, 6, 12), "", LocalDate.of(2020, 1, 2), LocalDate.of(2022, 6, 12), ReviewStatus.OVERDUE),
                List.of(), new DocumentOutcome.ReadabilityScores(6.0, 7.9),
                List.of(Finding.warning("review-overdue", 9, "The review was due on June 12, 2022.")), 0,
                new Outputs(List.of(new OutputFile("pdf", "pain.pdf", 1_500, null, null, Map.of("pages", 1)))), "rendered", Map.of(), null);
        DocumentOutcome failed = new DocumentOutcome("in/random.txt", "random", null, null, List.of(), null,
                List.of(Finding.error("binary", 0, "This file holds binary data <not text>; save the page as text.")), 0,
                Outputs.NONE, "not-rendered", Map.of(), null);
        List<ObjectNode> docs = List.of(ReportJson.reportFields(current, ROLES), ReportJson.reportFields(escaped, ROLES),
                ReportJson.reportFields(failed, ROLES));
        return RunReport.build("Riverside <Clinic>", docs, booklets,
                List.of(RunReport.skippedEntry(new SkippedInput("in/photo.jpg", "photo.jpg", "not a page"))),
                ReportJson.MAPPER.createObjectNode());
    }

    static ObjectNode report() {
        return report(List.of());
    }

    /** The same report with a booklet of the two built pages in it (with its audio companion). */
    static ObjectNode withBooklet() {
        return report(List.of(booklet()));
    }

    static ObjectNode booklet() {
        Handout anemia = new Handout(new Metadata("Anemia During Treatment", "en-US", LocalDate.of(2024, 3, 4), "",
                null, null, "in/anemia.txt", 0, 0), List.of());
        Handout pain = new Handout(new Metadata(SCRIPT_TITLE, "en-US", LocalDate.of(2019, 6, 12), "", null, null,
                "in/pain.md", 0, 0), List.of());
        ReviewInfo overdue = new ReviewInfo(LocalDate.of(2019, 6, 12), "", null, LocalDate.of(2022, 6, 12),
                ReviewStatus.OVERDUE);
        List<BookletHandout> handouts = List.of(new BookletHandout("in/anemia.txt", anemia, new ReviewInfo(
                LocalDate.of(2024, 3, 4), "Dana Okafor", null, LocalDate.of(2027, 3, 4), ReviewStatus.CURRENT)),
                new BookletHandout("in/pain.md", pain, overdue));
        BookletResult result = new BookletResult(12, 2, 3, 11, List.of(
                new BookletResult.ChapterPlace("in/anemia.txt", "Anemia During Treatment", 5, 3, "current"),
                new BookletResult.ChapterPlace("in/pain.md", SCRIPT_TITLE, 9, 2, "overdue")),
                List.of(), List.of(SCRIPT_TITLE), 2);
        return Booklets.entry("fair.pdf", 96_000, "Fair <folder>", LocalDate.of(2026, 5, 28), result, handouts,
                new OutputFile("audio", "fair.mp3", 700_000, null, null, new java.util.LinkedHashMap<>(
                        Map.of("durationSeconds", 140.2, "chapters", 5))),
                new OutputFile("captions", "fair.vtt", 4_096, null, null, Map.of()));
    }
}
