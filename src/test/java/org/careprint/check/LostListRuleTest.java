package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Inline;
import org.careprint.model.Severity;
import org.junit.jupiter.api.Test;

class LostListRuleTest {
    private final LostListRule rule = new LostListRule();

    @Test
    void leadInFollowedByHeadingIsALostListQuotingTheLeadIn() {
        List<Finding> f = rule.check(context(handout(
                para(3, "Medicines block the protein. These medicines include:"),
                heading(5, "Side Effects"))));
        assertEquals(1, f.size());
        assertEquals("lost-list", f.get(0).code());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(3, f.get(0).line());
        assertTrue(f.get(0).message().contains("\u201cThese medicines include:\u201d"), f.get(0).message());
        assertFalse(f.get(0).message().contains("block the protein"), "quotes only the lead-in sentence");
    }

    @Test
    void leadInFollowedByParagraphOrAtTheEndIsLost() {
        List<Finding> f = rule.check(context(handout(
                para(1, "Your options are:"),
                para(3, "Talk to your nurse."),
                para(5, "Questions to ask:"))));
        assertEquals(List.of(1, 5), f.stream().map(Finding::line).toList());
    }

    @Test
    void leadInFollowedByListOrTableIsFine() {
        assertEquals(List.of(), rule.check(context(handout(
                para(1, "The biopsy helps to:"),
                list(2, "find the cancer", "check the receptors"),
                para(5, "Doses are:"),
                table(6, "Medicine", "Dose"),
                para(9, "A sentence that ends with a full stop.")))));
    }

    @Test
    void colonInsideTheParagraphIsNotALeadIn() {
        assertEquals(List.of(), rule.check(context(handout(para(1, "Note: call us if you have a fever."),
                heading(2, "Next")))));
    }

    @Test
    void boldLabelIsAStandInHeadingNotALeadIn() {
        assertEquals(List.of(), rule.check(context(handout(
                para(1, new Inline.Emphasis(inlines("What to expect:"))),
                para(2, "You will go home the same day.")))));
    }
}
