package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Severity;
import org.junit.jupiter.api.Test;

class MissingReviewDateRuleTest {
    private final MissingReviewDateRule rule = new MissingReviewDateRule();

    @Test
    void noReviewDateIsAWarning() {
        List<Finding> f = rule.check(context(handout(meta(null, "Dr. Lee", null), para(1, "Text."))));
        assertEquals(1, f.size());
        assertEquals("missing-review-date", f.get(0).code());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void aReviewDatePasses() {
        assertEquals(List.of(), rule.check(context(handout(para(1, "Text.")))));
    }
}
