package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Finding;
import org.careprint.model.ReaderNotes;
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

    @Test
    void aCitationLeadInFollowedByItsParagraphIsNotALostList() {
        assertEquals(List.of(), rule.check(context(handout(
                heading(1, "About This PDQ Summary"),
                para(2, "The best way to cite this PDQ summary is:"),
                para(3, "Example Cancer Service. Adrenal Gland Tumors (PDQ). Updated 2024. Available at example.org.")))));
        assertEquals(List.of(), rule.check(context(handout(para(1, "For example:"), para(2, "A long example sentence.")))));
    }

    @Test
    void boldRunInSubSectionsAndSubHeadingsAreListLike() {
        assertEquals(List.of(), rule.check(context(handout(
                para(1, "There are three types of standard treatment:"),
                para(2, new Inline.Emphasis(inlines("Surgery.")), new Inline.Text(" A surgeon removes the tumor."))))));
        Block.Heading sub = new Block.Heading(3, inlines("Surgery"), 3);
        assertEquals(List.of(), rule.check(context(handout(heading(1, "Treatment"),
                para(2, "The following treatments are used:"), sub))));
    }

    @Test
    void theReadersNoteAfterALostListDoesNotHideIt() {
        List<Finding> f = rule.check(context(handout(
                para(1, "These therapies are:"),
                ReaderNotes.note(ReaderNotes.LOST_LIST, 1),
                para(3, "If the cancer is also hormone receptor-positive, hormonal therapy may be used."))));
        assertEquals(List.of(1), f.stream().map(Finding::line).toList());
    }
}
