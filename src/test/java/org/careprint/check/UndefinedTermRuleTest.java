package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Inline;
import org.junit.jupiter.api.Test;

class UndefinedTermRuleTest {
    private final UndefinedTermRule rule = new UndefinedTermRule();

    @Test
    void eachUndefinedTermIsReportedOnceAtItsFirstUse() {
        List<Finding> f = rule.check(context(handout(
                para(2, "A ", term("biopsy"), " takes a sample."),
                para(4, "After the ", term("Biopsy"), ", rest. Your ", term("oncologist"), " will call."),
                para(6, new Inline.Emphasis(List.of(term("stent")))))));
        assertEquals(List.of("undefined-term"), f.stream().map(Finding::code).distinct().toList());
        assertEquals(List.of(2, 4, 6), f.stream().map(Finding::line).toList());
        assertTrue(f.get(0).message().contains("\u201cbiopsy\u201d"), f.get(0).message());
    }

    @Test
    void definedTermsPass() {
        assertEquals(List.of(), rule.check(context(handout(
                para(2, "A ", defined("biopsy", "Taking a small piece of tissue to look at."), " helps.")))));
    }
}
