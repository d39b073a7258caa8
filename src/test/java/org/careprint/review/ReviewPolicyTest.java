package org.careprint.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.careprint.model.CarePrintException;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewPolicyTest {
    private static final LocalDate REVIEWED = LocalDate.of(2020, 1, 15);

    private static Metadata page(LocalDate reviewed, String frequency) {
        return new Metadata("T", null, reviewed, "", LocalDate.of(2021, 1, 1), frequency, "p.md", 0, 0);
    }

    @ParameterizedTest
    @CsvSource({"18m,P18M", "2y,P2Y", "90d,P90D", "6w,P42D", "quarterly,P3M", "monthly,P1M", "yearly,P1Y",
            "annually,P1Y", "biannually,P6M", "Semi-annually,P6M", "biennially,P2Y", "P2Y,P2Y", "p18m,P18M",
            "'3 years',P3Y", "'every 2 years',P2Y", "12 months,P12M"})
    void parsesCycles(String text, String expected) {
        assertEquals(Period.parse(expected), ReviewPolicy.parseCycle(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "0y", "-2y", "2 fortnights", "P0D", "y2"})
    void rejectsBadCyclesNamingTheValueAndTheAcceptedForms(String text) {
        CarePrintException e = assertThrows(CarePrintException.class, () -> ReviewPolicy.parseCycle(text));
        assertTrue(e.getMessage().contains("\"" + text.trim() + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("18m") && e.getMessage().contains("quarterly"), e.getMessage());
    }

    @Test
    void unknownWithoutAReviewDate() {
        ReviewInfo info = ReviewPolicy.defaults().evaluate(page(null, null), LocalDate.of(2024, 1, 1));
        assertEquals(ReviewStatus.UNKNOWN, info.status());
        assertNull(info.nextReview());
        assertEquals(LocalDate.of(2021, 1, 1), info.updated());
    }

    @Test
    void defaultCycleIsThreeYearsWithA90DayWindow() {
        ReviewPolicy p = ReviewPolicy.defaults();
        LocalDate next = LocalDate.of(2023, 1, 15);
        assertEquals(next, p.evaluate(page(REVIEWED, null), next).nextReview());
        assertEquals(ReviewStatus.CURRENT, p.evaluate(page(REVIEWED, null), next.minusDays(91)).status());
        assertEquals(ReviewStatus.DUE, p.evaluate(page(REVIEWED, null), next.minusDays(90)).status());
        assertEquals(ReviewStatus.DUE, p.evaluate(page(REVIEWED, null), next).status());
        assertEquals(ReviewStatus.OVERDUE, p.evaluate(page(REVIEWED, null), next.plusDays(1)).status());
    }

    @Test
    void pageFrequencyWinsOverTheCycle() {
        ReviewInfo info = ReviewPolicy.withCycle("2y").evaluate(page(REVIEWED, "quarterly"), LocalDate.of(2020, 6, 1));
        assertEquals(LocalDate.of(2020, 4, 15), info.nextReview());
        assertEquals(ReviewStatus.OVERDUE, info.status());
    }

    @Test
    void unparseablePageFrequencyFallsBackToTheCycle() {
        ReviewInfo info = ReviewPolicy.withCycle("18m").evaluate(page(REVIEWED, "whenever"), LocalDate.of(2020, 6, 1));
        assertEquals(LocalDate.of(2021, 7, 15), info.nextReview());
        assertEquals(ReviewStatus.CURRENT, info.status());
    }

    @Test
    void rejectsNonPositiveCycleInConstructor() {
        assertThrows(CarePrintException.class, () -> new ReviewPolicy(Period.ZERO, 90));
        assertThrows(CarePrintException.class, () -> new ReviewPolicy(Period.ofYears(1), -1));
    }
}
