package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.ReviewStatus;
import org.careprint.model.Severity;
import org.junit.jupiter.api.Test;

class ReviewOverdueRuleTest {
    private final ReviewOverdueRule rule = new ReviewOverdueRule();
    private final Handout page = handout(meta(LocalDate.of(2015, 8, 31), "", null), para(1, "Text."));

    @Test
    void overdueReviewIsAWarningNamingTheDueDate() {
        List<Finding> f = rule.check(context(page, review(page, LocalDate.of(2018, 8, 31), ReviewStatus.OVERDUE)));
        assertEquals(1, f.size());
        assertEquals("review-overdue", f.get(0).code());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("2018-08-31"), f.get(0).message());
        assertTrue(f.get(0).message().contains("2015-08-31"), f.get(0).message());
    }

    @Test
    void currentOrDueOrUnknownIsNotOverdue() {
        for (ReviewStatus s : List.of(ReviewStatus.CURRENT, ReviewStatus.DUE, ReviewStatus.UNKNOWN)) {
            assertEquals(List.of(), rule.check(context(page, review(page, LocalDate.of(2030, 1, 1), s))), s.label());
        }
    }
}
