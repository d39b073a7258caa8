package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.careprint.model.Finding;
import org.junit.jupiter.api.Test;

class MissingReviewerRuleTest {
    private final MissingReviewerRule rule = new MissingReviewerRule();

    @Test
    void emptyReviewedByLineIsReportedAtTheReviewLine() {
        List<Finding> f = rule.check(context(handout(meta(REVIEWED, "  ", null), para(1, "Text."))));
        assertEquals(1, f.size());
        assertEquals("missing-reviewer", f.get(0).code());
        assertEquals(40, f.get(0).line());
        assertTrue(f.get(0).message().contains("empty"), f.get(0).message());
    }

    @Test
    void noReviewerLineAtAllIsReported() {
        List<Finding> f = rule.check(context(handout(meta(REVIEWED, null, null), para(1, "Text."))));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("names no"), f.get(0).message());
    }

    @Test
    void aNamedReviewerPasses() {
        assertEquals(List.of(), rule.check(context(handout(meta(REVIEWED, "Dr. Lee", null), para(1, "Text.")))));
    }
}
