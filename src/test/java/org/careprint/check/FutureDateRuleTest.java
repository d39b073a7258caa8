package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Severity;
import org.junit.jupiter.api.Test;

class FutureDateRuleTest {
    private final FutureDateRule rule = new FutureDateRule();

    @Test
    void reviewAndUpdateAfterTodayAreErrorsAtTheirLines() {
        List<Finding> f = rule.check(context(handout(meta(TODAY.plusDays(1), "Dr. Lee", TODAY.plusYears(2)),
                para(1, "Text."))));
        assertEquals(2, f.size());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.ERROR && x.code().equals("future-date")));
        assertEquals(List.of(40, 44), f.stream().map(Finding::line).toList());
        assertTrue(f.get(0).message().contains(TODAY.plusDays(1).toString()), f.get(0).message());
    }

    @Test
    void todayAndPastDatesPassEvenWhenUpdatedBeforeReviewed() {
        assertEquals(List.of(), rule.check(context(handout(meta(TODAY, "Dr. Lee", TODAY.minusYears(1)), para(1, "x")))));
        assertEquals(List.of(), rule.check(context(handout(meta(null, null, null), para(1, "x")))));
    }
}
