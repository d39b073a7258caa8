package org.careprint.source;

import static org.careprint.source.ReaderTestSupport.blocks;
import static org.careprint.source.ReaderTestSupport.codes;
import static org.careprint.source.ReaderTestSupport.finding;
import static org.careprint.source.ReaderTestSupport.fixture;
import static org.careprint.source.ReaderTestSupport.plain;
import static org.careprint.source.ReaderTestSupport.termTexts;
import static org.careprint.source.ReaderTestSupport.terms;
import static org.careprint.source.ReaderTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.careprint.model.Severity;
import org.junit.jupiter.api.Test;

class TextReaderTest {

    @Test
    void readsASeedStylePageCompletely() {
        ReadResult r = text(fixture("metastatic-lung.txt"));
        Metadata m = r.handout().metadata();
        assertEquals("Metastatic non-small cell lung cancer", m.title());
        assertEquals(LocalDate.of(2015, 4, 20), m.reviewed());
        assertEquals("", m.reviewer());
        assertEquals(LocalDate.of(2021, 9, 2), m.updated());
        assertTrue(m.reviewedLine() > 0 && m.updatedLine() > m.reviewedLine());

        List<String> paragraphs = blocks(r, Block.Paragraph.class).stream().map(Blocks::plainText).toList();
        assertTrue(paragraphs.contains("Treatment usually includes medicines that work through the whole body and block "
                + "the signals that help cancer grow. The medicines used most often are:"), "lost lead-in kept as a paragraph");
        assertEquals(List.of("stage", "lymph", "receptor", "cancer", "therapy", "HER2/neu", "BRCA1/2", "surgeon", "oncologist",
                "biopsy", "imaging", "system", "situ", "receptor", "Clinical", "systemic", "therapy", "surgery"),
                termTexts(r));
        assertTrue(terms(r).stream().noneMatch(Inline.Term::exact));
        assertTrue(plain(r).stream().noneMatch(s -> s.contains("info-icon") || s.contains("More In") || s.contains("2015")));
        assertEquals(2, blocks(r, Block.Heading.class).size());
        assertEquals(2, blocks(r, Block.BulletList.class).size());
        assertEquals(1, r.cruftRemoved());
        assertEquals(Severity.INFO, finding(r, "cruft-removed").severity());
    }

    @Test
    void deduplicatesARepeatedTitleAndStripsGluedCruft() {
        assertEquals("Bone Metastases", text("Bone Metastases Bone Metastases\n\nBody text here.").handout().metadata().title());
        assertEquals("Bone Metastases", text("Bone MetastasesBone Metastases\n\nBody.").handout().metadata().title());
        assertEquals("Bone Metastases", text("Log inBone Metastases\n\nBody.").handout().metadata().title());
        assertEquals("Bone Metastases", text("Bone MetastasesSend to Printer\n\nBody.").handout().metadata().title());
        assertEquals("Bone Health and Bone Metastases",
                text("Bone Health and Bone Metastases\n\nBody.").handout().metadata().title());
    }

    @Test
    void titleIsTheFirstNonBlankLineAfterLeadingCruft() {
        ReadResult r = text("\n\nSkip to main content\n\nChemo Brain\n\nSome people notice memory changes.");
        assertEquals("Chemo Brain", r.handout().metadata().title());
        assertEquals(1, r.cruftRemoved());
    }

    @Test
    void lineEndingInColonIsALeadInNotAHeading() {
        ReadResult r = text("Title\n\nThese drugs are:\n\nA long paragraph that follows the lead-in and is clearly not a list item at all, being a sentence.");
        Block first = r.handout().blocks().get(0);
        assertTrue(first instanceof Block.Paragraph);
        assertEquals("These drugs are:", Blocks.plainText(first));
        assertTrue(blocks(r, Block.Heading.class).isEmpty());
    }

    @Test
    void titleCaseAndQuestionLinesAreHeadingsButSentencesAreNot() {
        ReadResult r = text("Title\n\nWhat Is Lymphedema?\n\nIt is swelling.\n\nLiving With Lymphedema\n\n"
                + "It can last a long time.\n\nThis is a normal sentence.\n\nwhat lowercase line\n");
        assertEquals(List.of("What Is Lymphedema?", "Living With Lymphedema"),
                blocks(r, Block.Heading.class).stream().map(Blocks::plainText).toList());
    }

    @Test
    void sentenceCaseShortLineBeforeALongParagraphIsAHeading() {
        ReadResult r = text("Title\n\nWhat to expect after surgery\n\n"
                + "Most people go home the same day and feel sore for a few days while the wound heals well.");
        assertEquals(1, blocks(r, Block.Heading.class).size());
    }

    @Test
    void bulletsWithAndWithoutBlankLinesFormOneList() {
        ReadResult tight = text("Title\n\nYou may feel:\n  • tired\n  • sick to your stomach\n  • short of breath\n");
        ReadResult loose = text("Title\n\nYou may feel:\n\n  • tired\n\n  • sick to your stomach\n\n  • short of breath\n");
        for (ReadResult r : List.of(tight, loose)) {
            List<Block.BulletList> lists = blocks(r, Block.BulletList.class);
            assertEquals(1, lists.size());
            assertEquals(3, lists.get(0).items().size());
            assertEquals("sick to your stomach", Inlines.plainText(lists.get(0).items().get(1).content()));
        }
    }

    @Test
    void nestedBulletsBecomeChildren() {
        ReadResult r = text("Title\n\n• Needle biopsy\n    ◦ fine needle\n    ◦ core needle\n• Surgical biopsy\n");
        Block.BulletList list = blocks(r, Block.BulletList.class).get(0);
        assertEquals(2, list.items().size());
        assertEquals(2, list.items().get(0).children().size());
    }

    @Test
    void numberedLinesAreAnOrderedList() {
        Block.BulletList list = blocks(text("Title\n\n1. Wash your hands\n2. Clean the skin\n3. Put on the sleeve\n"),
                Block.BulletList.class).get(0);
        assertTrue(list.ordered());
        assertEquals(3, list.items().size());
    }

    @Test
    void unbulletedShortLinesAfterALeadInAreAList() {
        ReadResult r = text("Title\n\nBring these to your visit:\nYour medicine list\nYour insurance card\nA friend or family member\n\n"
                + "We look forward to seeing you and helping you through every step of your treatment.");
        Block.BulletList list = blocks(r, Block.BulletList.class).get(0);
        assertEquals(3, list.items().size());
        assertEquals("Your insurance card", Inlines.plainText(list.items().get(1).content()));
    }

    @Test
    void aLostListLeavesTheLeadInAsAParagraphAndMakesNoList() {
        ReadResult r = text("Title\n\nThese medicines include:\n\nIf the cancer grows again, your doctor may change your treatment plan.");
        assertTrue(blocks(r, Block.BulletList.class).isEmpty());
        assertTrue(Blocks.plainText(r.handout().blocks().get(0)).endsWith(":"));
    }

    @Test
    void paragraphsSplitBySingleNewlines() {
        ReadResult r = text("Title\nFirst paragraph is a full sentence about care.\nSecond paragraph is another full sentence.\n"
                + "Third paragraph ends the page.");
        assertEquals(3, blocks(r, Block.Paragraph.class).size());
    }

    @Test
    void hardWrappedParagraphsSplitByBlankLinesAreJoined() {
        String page = "Title\n\n"
                + "Radiation therapy uses high-energy beams to kill cancer cells and shrink\n"
                + "tumors. Most people have treatment five days a week for several weeks and\n"
                + "go home the same day.\n\n"
                + "Tiredness is the most common side effect and tends to build up slowly over\n"
                + "the weeks of treatment.\n";
        ReadResult r = text(page);
        List<Block.Paragraph> ps = blocks(r, Block.Paragraph.class);
        assertEquals(2, ps.size());
        assertTrue(Blocks.plainText(ps.get(0)).contains("shrink tumors."));
        assertEquals(7, ps.get(1).line());
    }

    @Test
    void figureLineKeepsAltAndItsCaptionIsNotAHeading() {
        ReadResult r = text("Title\n\n[Image: A nurse fitting a compression sleeve]\nFitting a Compression Sleeve\n\nBody text.");
        Block.Figure f = blocks(r, Block.Figure.class).get(0);
        assertEquals("A nurse fitting a compression sleeve", f.alt());
        assertEquals("Fitting a Compression Sleeve", f.caption());
        assertTrue(blocks(r, Block.Heading.class).isEmpty());
    }

    @Test
    void pipeAndTabRowsBecomeTables() {
        ReadResult pipes = text("Title\n\n| Drug | Given |\n|---|---|\n| Drug A | By mouth |\n| Drug B | By IV |\n");
        Block.Table t = blocks(pipes, Block.Table.class).get(0);
        assertEquals("Drug", Inlines.plainText(t.header().get(0).content()).trim());
        assertEquals(2, t.rows().size());
        ReadResult tabs = text("Title\n\nDrug\tGiven\nDrug A\tBy mouth\n");
        assertEquals(1, blocks(tabs, Block.Table.class).get(0).rows().size());
    }

    @Test
    void cruftIsDroppedCountedAndReportedByKind() {
        ReadResult r = text("Title\n\nHome > Cancer Types > Breast\nSend to Printer\nLog in\nYour browser is out of date.\n"
                + "Look below for more information from our partners\n \t \nReal content stays here.\nMore In Breast Cancer\n");
        assertEquals(List.of("Real content stays here."), plain(r));
        assertEquals(7, r.cruftRemoved());
        String message = finding(r, "cruft-removed").message();
        assertTrue(message.contains("breadcrumbs") && message.contains("browser warnings") && message.contains("whitespace-only"),
                message);
    }

    @Test
    void noCruftMeansNoCruftFinding() {
        ReadResult r = text("Title\n\nAll of this is real content that a patient needs.");
        assertEquals(0, r.cruftRemoved());
        assertFalse(codes(r).contains("cruft-removed"));
    }

    @Test
    void aVerbatimDuplicateParagraphIsDroppedWithAWarning() {
        String p = "Drink plenty of water during treatment unless your doctor tells you otherwise.";
        ReadResult r = text("Title\n\n" + p + "\n\nSomething else entirely that is also a long enough paragraph.\n\n" + p + "\n");
        assertEquals(2, blocks(r, Block.Paragraph.class).size());
        assertEquals(7, finding(r, "duplicate-paragraph").line());
        assertEquals(Severity.WARNING, finding(r, "duplicate-paragraph").severity());
    }

    @Test
    void shortRepeatedLinesAreNotDuplicates() {
        assertFalse(codes(text("Title\n\nCall us.\n\nOther text.\n\nCall us.\n")).contains("duplicate-paragraph"));
    }

    @Test
    void charactersArePreservedAndNonBreakingSpacesNormalized() {
        ReadResult r = text("Title\n\nIt’s “simple” — really 'simple' – with • ® and ™ kept.\u00A0Done.");
        assertEquals("It’s “simple” — really 'simple' – with • ® and ™ kept. Done.", plain(r).get(0));
    }

    @Test
    void numbersThatAreNotDatesStayInTheBody() {
        ReadResult r = text("Title\n\nCall 1-800-555-0100 for help.\n10-15%\nCDK4/6\n1–5 treatments\n");
        assertNull(r.handout().metadata().updated());
        assertNull(r.handout().metadata().reviewed());
        assertEquals(4, r.handout().blocks().size());
    }

    @Test
    void everyBlockHasItsSourceLine() {
        ReadResult r = text(fixture("metastatic-lung.txt"));
        assertTrue(r.handout().blocks().stream().allMatch(b -> b.line() > 0));
        assertEquals(3, r.handout().blocks().get(0).line());
    }
}
