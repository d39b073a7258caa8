package org.careprint.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.junit.jupiter.api.Test;

/** A table cell that is a list prints as bullets, one item per line, tagged L / LI inside its TD. */
class TableCellListTest {

    private static Handout handout() {
        Block.Cell list = new Block.Cell(List.of(new Inline.Text("Fatigue; Hair loss; Feeling sick to your stomach")),
                List.of(new Block.ListItem(List.of(new Inline.Text("Fatigue")), 0),
                        new Block.ListItem(List.of(new Inline.Text("Hair loss")), 0),
                        new Block.ListItem(List.of(new Inline.Text("Feeling sick to your stomach")), 0)));
        Block.Table table = new Block.Table("Side effects", List.of(TestHandouts.cell("Medicine"),
                TestHandouts.cell("Common side effects")),
                List.of(List.of(TestHandouts.cell("docetaxel"), list),
                        List.of(TestHandouts.cell("tucatinib"), TestHandouts.cell("Diarrhea"))), 0);
        Handout seed = TestHandouts.seedLike();
        List<Block> blocks = new ArrayList<>(List.of(TestHandouts.p(TestHandouts.text("Ask about side effects.")),
                table));
        return new Handout(seed.metadata(), blocks);
    }

    @Test
    void listCellsPrintAsBulletsTaggedAsLists() throws Exception {
        for (String style : List.of("large", "giant")) {
            byte[] pdf = PdfRendererTest.render(style, handout(), TestHandouts.overdue(), TestHandouts.letter());
            String text = String.join("\n", PdfChecks.pageTexts(pdf));
            assertFalse(text.contains("Fatigue; Hair loss"), style + ": items are not run together");
            assertTrue(text.contains("\u2022 Fatigue") || text.contains("\u2022Fatigue"), style + ": " + text);
            assertTrue(text.matches("(?s).*Fatigue\\s*\\n\\s*\u2022\\s*Hair loss.*"), style + ": one item per line\n" + text);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<String> path = new ArrayList<>();
                find(doc.getDocumentCatalog().getStructureTreeRoot(), "", path);
                assertTrue(path.stream().anyMatch(p -> p.endsWith("TD/L/LI/LBody")), style + ": " + path);
                assertEquals(3, path.stream().filter(p -> p.endsWith("TD/L/LI")).count(), style + ": three items");
            }
            try (PdfChecks.Validator validator = new PdfChecks.Validator()) {
                assertEquals(List.of(), validator.failures(pdf, true), style + ": PDF/UA-1");
            }
        }
    }

    private static void find(PDStructureNode node, String prefix, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String here = prefix + "/" + e.getStructureType();
                out.add(here);
                find(e, here, out);
            }
        }
    }
}
