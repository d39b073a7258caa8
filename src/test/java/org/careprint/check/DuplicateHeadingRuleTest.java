package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.careprint.model.Finding;
import org.junit.jupiter.api.Test;

class DuplicateHeadingRuleTest {
    private final DuplicateHeadingRule rule = new DuplicateHeadingRule();

    @Test
    void repeatedHeadingIsReportedWithTheEarlierLine() {
        List<Finding> f = rule.check(context(handout(heading(1, "Side Effects"), para(2, "x"),
                heading(5, "side  effects"))));
        assertEquals(1, f.size());
        assertEquals(5, f.get(0).line());
        assertTrue(f.get(0).message().contains("line 1"), f.get(0).message());
    }

    @Test
    void distinctHeadingsPass() {
        assertEquals(List.of(), rule.check(context(handout(heading(1, "Treatment"), heading(3, "Side Effects")))));
    }
}
