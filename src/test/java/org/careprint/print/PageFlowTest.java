package org.careprint.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Metadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Page flow read back from real PDFs: no big blank feet, table headers repeated on continuation pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageFlowTest {
    private PdfChecks.Validator validator;

    @BeforeAll
    void setUp() {
        validator = new PdfChecks.Validator();
    }

    @AfterAll
    void tearDown() throws Exception {
        validator.close();
    }

    static String sentences(String topic, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            sb.append("Point ").append(i).append(" about ").append(topic)
                    .append(" is something to talk over with your nurse at the next visit. ");
        }
        return sb.toString().strip();
    }

    /** Long lead-in paragraphs ending in ":" before short lists, long paragraphs, headings; no terms. */
    static Handout leadIns() {
        List<Block> blocks = new ArrayList<>();
        for (int s = 1; s <= 6; s++) {
            blocks.add(TestHandouts.h(2, "Part " + s + " of the plan"));
            blocks.add(TestHandouts.p(TestHandouts.text(sentences("rest", 3 + s % 3))));
            blocks.add(TestHandouts.p(TestHandouts.text(sentences("food", 4 + s % 4) + " Ask about these:")));
            blocks.add(new Block.BulletList(List.of(TestHandouts.item(TestHandouts.text("drinking water")),
                    TestHandouts.item(TestHandouts.text("small meals")),
                    TestHandouts.item(TestHandouts.text("short walks after meals"))), false, 0));
        }
        return new Handout(meta("Planning your days at home"), blocks);
    }

    static Handout longTable() {
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(List.of(TestHandouts.cell("Day " + i), TestHandouts.cell("Walk " + (5 + i) + " minutes")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(TestHandouts.p(TestHandouts.text("This table shows a walking plan.")));
        blocks.add(new Block.Table("", List.of(TestHandouts.cell("Plan day"), TestHandouts.cell("Activity goal")),
                rows, 0));
        blocks.add(TestHandouts.p(TestHandouts.text("Stop if you feel dizzy.")));
        return new Handout(meta("A walking plan"), blocks);
    }

    static Metadata meta(String title) {
        return new Metadata(title, "en-US", TestHandouts.REVIEWED, "", TestHandouts.UPDATED, null, "flow.txt", 3, 5);
    }

    static PrintOptions plain() {
        return new PrintOptions("letter", null, false, null, 1_654_560_000L);
    }

    /** Per page: the footer baseline and the lowest body baseline, in points from the top. */
    static List<float[]> feet(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<float[]> out = new ArrayList<>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                TreeMap<Float, Boolean> baselines = new TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        if (!text.getUnicode().isBlank()) {
                            baselines.put((float) Math.round(text.getYDirAdj()), true);
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                float footer = baselines.lastKey();
                Float body = baselines.lowerKey(footer);
                out.add(new float[] {footer, body == null ? 0 : body});
            }
            return out;
        }
    }

    @Test
    void noPageButTheLastEndsWithABigBlankArea() throws Exception {
        for (String name : List.of("large", "giant")) {
            Style style = Style.load(name);
            byte[] pdf = PdfRendererTest.render(name, leadIns(), null, plain());
            List<float[]> feet = feet(pdf);
            assertTrue(feet.size() >= 3, name + ": expected several pages");
            // On a full page the last body baseline sits about two lines above the footer's (the footer band
            // holds a blank line). What may be left blank: less than gap + the last two lines of a lead-in + a
            // one-line list item (4 lines), or before a heading, less than its space, itself and two lines.
            List<String> texts = PdfChecks.pageTexts(pdf);
            for (int i = 0; i < feet.size() - 1; i++) {
                float blankLines = (feet.get(i)[0] - feet.get(i)[1]) / style.leading() - 2.12f;
                boolean headingNext = texts.get(i + 1).strip().startsWith("Part ");
                float allowed = headingNext ? 1.5f + style.headingSize(2) / style.bodySize() + 3 : 4f;
                assertTrue(blankLines < allowed, name + " page " + (i + 1) + ": " + blankLines
                        + " blank lines at the foot; next page starts " + texts.get(i + 1).lines().limit(2).toList());
            }
            assertTrue(validator.failures(pdf, true).isEmpty(), name + " PDF/UA-1 " + validator.failures(pdf, true));
        }
    }

    @Test
    void continuationPagesOfALongTableStartWithTheHeader() throws Exception {
        for (String name : List.of("large", "giant", "high-contrast")) {
            byte[] pdf = PdfRendererTest.render(name, longTable(), null, plain());
            List<String> pages = PdfChecks.pageTexts(pdf);
            assertTrue(pages.size() >= 3, name + ": a 40-row table should span pages");
            int tablePages = 0;
            for (int i = 1; i < pages.size(); i++) {
                String text = pages.get(i).strip();
                if (text.contains("Day ") && !pages.get(i - 1).contains("Stop if you feel dizzy")) {
                    tablePages++;
                    assertTrue(text.startsWith("Plan day"), name + " page " + (i + 1) + " starts with: "
                            + text.substring(0, Math.min(40, text.length())));
                }
            }
            assertTrue(tablePages >= 1, name + ": no continuation page found");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(2, count(doc.getDocumentCatalog().getStructureTreeRoot(), "TH"),
                        name + ": the structure tree holds the header cells once");
                assertEquals(41, count(doc.getDocumentCatalog().getStructureTreeRoot(), "TR"), name);
            }
            assertEquals(List.of(), validator.failures(pdf, true), name + " PDF/UA-1");
            assertEquals(List.of(), validator.failures(pdf, false), name + " PDF/A-2a");
        }
    }

    static int count(PDStructureNode node, String type) {
        int n = 0;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                n += (type.equals(e.getStructureType()) ? 1 : 0) + count(e, type);
            }
        }
        return n;
    }

    @Test
    void splitParagraphsKeepTwoLinesOnEachSide() throws Exception {
        // A body of long paragraphs only: every page holds at least two lines of any paragraph it shows.
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            blocks.add(TestHandouts.p(TestHandouts.text(sentences("paragraph " + i, 2 + i % 4))));
        }
        byte[] pdf = PdfRendererTest.render("giant", new Handout(meta("Paragraphs"), blocks), null, plain());
        List<String> pages = PdfChecks.pageTexts(pdf);
        String first = "Point 1 about";
        for (int i = 0; i + 1 < pages.size(); i++) {
            List<String> here = lines(pages.get(i));
            List<String> next = lines(pages.get(i + 1));
            boolean continues = !next.get(0).startsWith(first);
            if (continues) {
                // The paragraph crossing the break: at least two of its lines here and two on the next page.
                assertTrue(here.size() >= 3 && !here.get(here.size() - 2).startsWith(first),
                        "page " + (i + 1) + " ends with the single first line of a paragraph");
                assertTrue(next.size() >= 3 && !next.get(1).startsWith(first),
                        "page " + (i + 2) + " starts with the single last line of a paragraph: " + next.get(0));
            }
        }
    }

    /** Non-blank lines of a page's text; the last one is the footer. */
    private static List<String> lines(String page) {
        return page.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static Inline text(String s) {
        return TestHandouts.text(s);
    }
}
