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

class ReviewDueRuleTest {
    private final ReviewDueRule rule = new ReviewDueRule();
    private final Handout page = handout(para(1, "Text."));

    @Test
    void dueSoonIsInformationWithTheDueDate() {
        List<Finding> f = rule.check(context(page, review(page, LocalDate.of(2025, 7, 15), ReviewStatus.DUE)));
        assertEquals(1, f.size());
        assertEquals("review-due", f.get(0).code());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("2025-07-15"), f.get(0).message());
    }

    @Test
    void currentPageIsNotDue() {
        assertEquals(List.of(), rule.check(context(page, review(page, LocalDate.of(2027, 3, 10), ReviewStatus.CURRENT))));
        assertEquals(List.of(), rule.check(context(page, review(page, LocalDate.of(2020, 3, 10), ReviewStatus.OVERDUE))));
    }
}
