package org.careprint.glossary;

import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Inline.Term;
import org.careprint.model.Inline.Text;
import org.careprint.model.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermBinderTest {
    private static final Glossary G = Glossary.of(List.of(
            new GlossaryEntry("breast cancer", "Cancer that starts in the breast.", List.of()),
            new GlossaryEntry("metastatic breast cancer", "Breast cancer that has spread far.", List.of("stage IV breast cancer")),
            new GlossaryEntry("early-stage breast cancer", "Breast cancer that has not spread far.", List.of()),
            new GlossaryEntry("hormone receptor", "A protein that picks up a hormone.", List.of("hormone receptors")),
            new GlossaryEntry("receptor", "A protein a substance attaches to.", List.of()),
            new GlossaryEntry("HER2", "A growth protein.", List.of("HER2/neu", "human epidermal growth factor receptor 2")),
            new GlossaryEntry("lymph node", "A small gland.", List.of("lymph nodes")),
            new GlossaryEntry("clinical trial", "A research study in people.", List.of()),
            new GlossaryEntry("surgery", "An operation.", List.of()),
            new GlossaryEntry("therapy", "Treatment.", List.of())));

    private static Handout handout(Block... blocks) {
        return new Handout(Metadata.untitled("test.txt"), List.of(blocks));
    }

    private static Block.Paragraph para(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines), 1);
    }

    private static List<Inline> boundParagraph(Inline... inlines) {
        Handout out = TermBinder.bind(handout(para(inlines)), G);
        return ((Block.Paragraph) out.blocks().get(0)).content();
    }

    private static Term marker(String word) {
        return new Term(word, false);
    }

    @Test
    void aListCellKeepsItsItemsBoundAndItsTextJoinedFromThem() {
        Block.Cell cell = new Block.Cell(List.of(new Text("surgery; lymph "), marker("nodes")),
                List.of(new Block.ListItem(List.of(new Text("surgery")), 0),
                        new Block.ListItem(List.of(new Text("lymph "), marker("nodes")), 0)));
        Block.Table table = new Block.Table("", List.of(new Block.Cell(List.of(new Text("Options")))),
                List.of(List.of(cell)), 1);
        Block.Cell bound = ((Block.Table) TermBinder.bind(handout(table), G).blocks().get(0)).rows().get(0).get(0);
        assertEquals(2, bound.items().size(), "the list survives binding");
        Term nodes = (Term) bound.items().get(1).content().stream().filter(x -> x instanceof Term).findFirst().orElseThrow();
        assertEquals("lymph node", nodes.key());
        assertEquals("surgery; lymph nodes", org.careprint.model.Inlines.plainText(bound.content()));
        assertTrue(bound.content().stream().anyMatch(x -> x instanceof Term t && t.key().equals("lymph node")),
                "the running text says what the items say");

        // --auto-terms (a page with no markers): the first use is marked inside the item and in the running text.
        Block.Cell plain = new Block.Cell(List.of(new Text("surgery; therapy")),
                List.of(new Block.ListItem(List.of(new Text("surgery")), 0),
                        new Block.ListItem(List.of(new Text("therapy")), 0)));
        Block.Cell marked = ((Block.Table) TermBinder.markFirstUses(handout(new Block.Table("",
                List.of(new Block.Cell(List.of(new Text("Options")))), List.of(List.of(plain)), 1)), G).blocks().get(0))
                .rows().get(0).get(0);
        assertTrue(marked.items().get(0).content().stream().anyMatch(x -> x instanceof Term t && t.key().equals("surgery")),
                "first use marked inside the item: " + marked.items().get(0).content());
        assertTrue(marked.content().stream().anyMatch(x -> x instanceof Term t && t.key().equals("surgery")),
                "and in the running text joined from the items");
    }

    @Test
    void extendsMarkerToTheLongestKnownTermEndingThere() {
        List<Inline> out = boundParagraph(new Text("It means the stage IV breast "), marker("cancer"), new Text(" can be treated."));
        assertEquals(new Text("It means the "), out.get(0));
        Term t = (Term) out.get(1);
        assertEquals("stage IV breast cancer", t.text());
        assertEquals("metastatic breast cancer", t.key());
        assertEquals("Breast cancer that has spread far.", t.definition());
        assertEquals(new Text(" can be treated."), out.get(2));
    }

    @Test
    void prefersShorterKnownTermWhenTheLongerOneIsUnknown() {
        List<Inline> out = boundParagraph(new Text("Your HER2-positive breast "), marker("cancer"));
        assertEquals(new Text("Your HER2-positive "), out.get(0));
        assertEquals("breast cancer", ((Term) out.get(1)).key());
    }

    @Test
    void hyphenatedFirstWordAndMidCompoundMarker() {
        List<Inline> early = boundParagraph(new Text("If you had early-stage breast "), marker("cancer"), new Text(", then"));
        assertEquals("early-stage breast cancer", ((Term) early.get(1)).text());

        List<Inline> mid = boundParagraph(new Text("If the cancer is also hormone "), marker("receptor"), new Text("-positive, ask."));
        assertEquals(new Text("If the cancer is also "), mid.get(0));
        assertEquals("hormone receptor", ((Term) mid.get(1)).text());
        assertEquals(new Text("-positive, ask."), mid.get(2));
    }

    @Test
    void fallsBackToTheSingleWordAndNeverCrossesPunctuation() {
        List<Inline> out = boundParagraph(new Text("Cancer, hormone. "), marker("receptor"));
        assertEquals(new Text("Cancer, hormone. "), out.get(0));
        Term t = (Term) out.get(1);
        assertEquals("receptor", t.text());
        assertEquals("receptor", t.key());
        assertEquals("A protein a substance attaches to.", t.definition());
    }

    @Test
    void markerWithDigitOrSlash() {
        List<Inline> digits = boundParagraph(new Text("the human epidermal growth factor "), marker("receptor 2"), new Text(" protein"));
        assertEquals(new Text("the "), digits.get(0));
        assertEquals("human epidermal growth factor receptor 2", ((Term) digits.get(1)).text());
        assertEquals("HER2", ((Term) digits.get(1)).key());

        List<Inline> slash = boundParagraph(new Text("also called "), marker("HER2/neu"), new Text("."));
        assertEquals("HER2", ((Term) slash.get(1)).key());
        assertEquals("A growth protein.", ((Term) slash.get(1)).definition());
    }

    @Test
    void openingBracketStaysInTheText() {
        List<Inline> out = boundParagraph(new Text("see (lymph "), marker("nodes"), new Text(")"));
        assertEquals(new Text("see ("), out.get(0));
        assertEquals("lymph nodes", ((Term) out.get(1)).text());
        assertEquals("lymph node", ((Term) out.get(1)).key());
    }

    @Test
    void exactTermsAreLookedUpAsIsWithPluralFolding() {
        List<Inline> out = boundParagraph(new Text("the clinical "), new Term("trials", true));
        assertEquals(new Text("the clinical "), out.get(0));
        Term t = (Term) out.get(1);
        assertEquals("trials", t.text());
        assertNull(t.definition(), "exact markup is never extended, and 'trials' alone is not known");

        List<Inline> plural = boundParagraph(new Term("Lymph Nodes", true));
        assertEquals("lymph node", ((Term) plural.get(0)).key());
        assertEquals("A small gland.", ((Term) plural.get(0)).definition());
    }

    @Test
    void pageDefinitionWinsOverTheGlossary() {
        Term page = new Term("surgery", "surgery", "The page's own words.", true, true);
        Term t = (Term) boundParagraph(page).get(0);
        assertEquals("The page's own words.", t.definition());
        assertTrue(t.pageDefined());
    }

    @Test
    void unknownTermStaysUndefined() {
        List<Inline> out = boundParagraph(new Text("the "), marker("kinaise"));
        Term t = (Term) out.get(1);
        assertEquals("kinaise", t.key());
        assertNull(t.definition());
        assertFalse(t.defined());
    }

    @Test
    void bindsInHeadingsNestedListsTablesAndEmphasis() {
        Block.ListItem nested = new Block.ListItem(List.of(new Text("swollen lymph "), marker("nodes")), 3);
        Block.ListItem item = new Block.ListItem(List.of(new Text("after "), marker("surgery")), List.of(nested), 2);
        Block.Table table = new Block.Table("", List.of(new Block.Cell(List.of(new Text("a")))),
                List.of(List.of(new Block.Cell(List.of(new Text("breast "), marker("cancer"))))), 4);
        Block.Heading heading = new Block.Heading(2, List.of(new Text("About "), marker("therapy")), 5);
        Block.Paragraph emph = para(new Inline.Emphasis(List.of(new Text("a clinical "), marker("trial"))));
        Handout out = TermBinder.bind(handout(new Block.BulletList(List.of(item), false, 2), table, heading, emph), G);

        List<String> keys = out.distinctTerms().stream().map(Term::key).toList();
        assertEquals(List.of("surgery", "lymph node", "breast cancer", "therapy", "clinical trial"), keys);
        assertTrue(out.distinctTerms().stream().allMatch(Term::defined));
        Inline.Emphasis e = (Inline.Emphasis) ((Block.Paragraph) out.blocks().get(3)).content().get(0);
        assertEquals(List.of(new Text("a "), ((Term) e.content().get(1))), e.content());
    }

    @Test
    void autoTermsMarksFirstUsesLongestFirstButNotInHeadings() {
        Handout in = handout(
                new Block.Heading(2, List.of(new Text("Breast cancer surgery")), 1),
                para(new Text("Breast cancer may spread to lymph nodes. Breast cancer is common; surgery helps.")),
                para(new Text("More surgery, and the clinical-trial idea.")));
        Handout out = TermBinder.markFirstUses(in, G);
        assertSame(in.blocks().get(0), out.blocks().get(0));
        List<Inline> p1 = ((Block.Paragraph) out.blocks().get(1)).content();
        assertEquals(new Term("Breast cancer", "breast cancer", "Cancer that starts in the breast.", true, false), p1.get(0));
        assertEquals(new Text(" may spread to "), p1.get(1));
        assertEquals("lymph nodes", ((Term) p1.get(2)).text());
        assertEquals(new Text(". Breast cancer is common; "), p1.get(3));
        assertEquals("surgery", ((Term) p1.get(4)).text());
        List<Inline> p2 = ((Block.Paragraph) out.blocks().get(2)).content();
        assertEquals(new Text("More surgery, and the "), p2.get(0));
        assertEquals("clinical-trial", ((Term) p2.get(1)).text());
        assertEquals(4, out.distinctTerms().size());
    }

    @Test
    void autoTermsNeverReadsAnAcronymIntoAnOrdinaryWord() {
        Glossary g = Glossary.builtIn();
        Handout out = TermBinder.markFirstUses(handout(para(new Text(
                "Stay fit and keep your pet away from the wound. Ask for a FIT kit and a PET scan."))), g);
        List<String> marked = out.distinctTerms().stream().map(Term::text).toList();
        assertTrue(marked.containsAll(List.of("FIT", "PET scan")), marked.toString());
        assertFalse(marked.contains("fit") || marked.contains("pet"), "small-letter words are not acronyms: " + marked);
    }

    @Test
    void autoTermsLeavesMarkedHandoutsAlone() {
        Handout in = handout(para(new Text("breast cancer and "), marker("surgery")));
        assertSame(in, TermBinder.markFirstUses(in, G));
    }

    @Test
    void builtInGlossaryResolvesReferencePageShapes() {
        Glossary b = Glossary.builtIn();
        Handout out = TermBinder.bind(handout(
                para(new Text("it means the stage IV breast "), marker("cancer"), new Text(" can be treated with HER2-targeted "),
                        marker("therapy"), new Text(". If it is also hormone "), marker("receptor"), new Text("-positive, "),
                        new Text("ask. Small molecules cross the blood-brain "), marker("barrier"), new Text(".")),
                para(marker("Clinical"), new Text(" trials offer access; nearby "), marker("lymph"), new Text(" nodes"))), b);
        List<String> keys = out.distinctTerms().stream().map(Term::key).toList();
        assertEquals(List.of("metastatic breast cancer", "HER2-targeted therapy", "hormone receptor",
                "blood-brain barrier", "clinical", "lymph"), keys);
        assertTrue(out.distinctTerms().stream().allMatch(Term::defined));
    }
}
