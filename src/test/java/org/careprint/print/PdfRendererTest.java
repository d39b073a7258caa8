package org.careprint.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfRendererTest {
    private PdfChecks.Validator validator;
    /** Every fixture PDF by name "style/paper". */
    private final Map<String, byte[]> fixtures = new LinkedHashMap<>();

    @BeforeAll
    void renderFixtures() throws Exception {
        validator = new PdfChecks.Validator();
        for (String style : Style.BUNDLED) {
            fixtures.put(style + "/letter", render(style, TestHandouts.letter()));
        }
        fixtures.put("large/a4", render("large", withPaper("a4")));
    }

    @AfterAll
    void closeValidator() throws Exception {
        validator.close();
    }

    static PrintOptions withPaper(String paper) {
        PrintOptions o = TestHandouts.letter();
        return new PrintOptions(paper, o.organization(), o.showOverdue(), o.audioUrl(), o.creationEpochSeconds());
    }

    static byte[] render(String style, PrintOptions options) throws Exception {
        return render(style, TestHandouts.seedLike(), TestHandouts.overdue(), options);
    }

    static byte[] render(String style, Handout handout, ReviewInfo review, PrintOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(Style.load(style)).render(handout, review, options, out);
        return out.toByteArray();
    }

    @Test
    void everyFixturePassesPdfUa1() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            List<String> failed = validator.failures(e.getValue(), true);
            assertTrue(failed.isEmpty(), e.getKey() + " fails PDF/UA-1 rules " + failed);
        }
    }

    @Test
    void everyFixturePassesPdfA2a() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            List<String> failed = validator.failures(e.getValue(), false);
            assertTrue(failed.isEmpty(), e.getKey() + " fails PDF/A-2a rules " + failed);
        }
    }

    @Test
    void noGlyphIsSmallerThanTheBodySize() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            float body = Style.load(e.getKey().split("/")[0]).bodySize();
            float smallest = PdfChecks.smallestGlyphSize(e.getValue());
            assertTrue(smallest >= body - 0.01f, e.getKey() + ": smallest glyph " + smallest + " < body " + body);
        }
    }

    @Test
    void fontsAreEmbeddedAndNeverItalic() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                int fonts = 0;
                for (PDPage page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        fonts++;
                        assertTrue(font.isEmbedded(), e.getKey() + ": font not embedded " + font.getName());
                        PDFontDescriptor d = font instanceof PDType0Font t0
                                ? t0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                        assertFalse(d.isItalic() || d.getItalicAngle() != 0, e.getKey() + ": italic font " + font.getName());
                        String lower = font.getName().toLowerCase(Locale.ROOT);
                        assertFalse(lower.contains("italic") || lower.contains("oblique"), font.getName());
                        assertTrue(font instanceof PDType0Font t && t.getCOSObject().containsKey(COSName.TO_UNICODE),
                                e.getKey() + ": no ToUnicode in " + font.getName());
                    }
                }
                assertTrue(fonts > 0);
            }
        }
    }

    @Test
    void everyPageShowsTheReviewDateAndPageNofM() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            List<String> pages = PdfChecks.pageTexts(e.getValue());
            assertTrue(pages.size() >= 3, e.getKey());
            for (int i = 0; i < pages.size(); i++) {
                String flat = flat(pages.get(i));
                // Giant print has room for the short date only ("31 Aug 2015") with "Page N of M" on one line.
                assertTrue(flat.contains("Reviewed August 31, 2015 \u00B7 Page " + (i + 1) + " of " + pages.size())
                        || flat.contains("Reviewed 31 Aug 2015 \u00B7 Page " + (i + 1) + " of " + pages.size()),
                        e.getKey() + " page " + (i + 1) + " footer missing: " + flat);
            }
        }
    }

    @Test
    void titleBlockShowsDatesOverdueLineAndAudioLink() throws Exception {
        String page1 = flat(PdfChecks.pageTexts(fixtures.get("large/letter")).get(0));
        assertTrue(page1.startsWith("HER2-positive metastatic breast cancer"), page1);
        assertTrue(page1.contains("Riverside Cancer Clinic"), page1);
        assertTrue(page1.contains("Medically reviewed: August 31, 2015"), page1);
        assertTrue(page1.contains("Updated: June 7, 2022"), page1);
        assertTrue(page1.contains("Review overdue since August 31, 2018"), page1);
        assertTrue(page1.contains("https://example.org/audio/seed-like.mp3"), page1);

        PrintOptions quiet = new PrintOptions("letter", null, false, null, 0);
        String current = flat(PdfChecks.pageTexts(render("large", TestHandouts.seedLike(),
                new ReviewInfo(TestHandouts.REVIEWED, null, null, java.time.LocalDate.of(2018, 8, 31),
                        ReviewStatus.OVERDUE), quiet)).get(0));
        assertTrue(current.contains("Next review due: August 31, 2018"), current);
        assertFalse(current.contains("overdue"), current);
        Handout undated = TestHandouts.seedLike().withMetadata(
                new org.careprint.model.Metadata("Undated page", "en-GB", null, null, null, null, "x", 0, 0));
        byte[] pdf = render("large", undated, new ReviewInfo(null, null, null, null, ReviewStatus.UNKNOWN), quiet);
        List<String> pages = PdfChecks.pageTexts(pdf);
        assertTrue(flat(pages.get(0)).contains("Review date not known"));
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(flat(pages.get(i)).contains("Review date not known \u00B7 Page " + (i + 1) + " of " + pages.size()));
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
        }
        assertTrue(validator.failures(pdf, true).isEmpty(), "undated handout fails UA-1 " + validator.failures(pdf, true));
        assertTrue(validator.failures(pdf, false).isEmpty(), "undated handout fails A-2a " + validator.failures(pdf, false));
    }

    @Test
    void glossaryListsEveryTermWithThePageOfFirstUse() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            List<String> pages = PdfChecks.pageTexts(e.getValue());
            int start = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains(GlossaryAppendix.HEADING)) {
                    start = i;
                }
            }
            assertTrue(start > 0, e.getKey() + ": no glossary");
            StringBuilder glossary = new StringBuilder();
            for (int i = start; i < pages.size(); i++) {
                glossary.append(pages.get(i)).append('\n');
            }
            String g = flat(glossary.toString().replaceAll("Reviewed (August 31, 2015|31 Aug 2015) \u00B7 Page \\d+ of \\d+", ""));
            g = g.substring(g.indexOf(GlossaryAppendix.HEADING)); // the glossary may share the body's last page
            List<String> keys = new ArrayList<>();
            int lastIndex = -1;
            for (Inline.Term term : TestHandouts.seedLike().distinctTerms()) {
                if (!term.defined()) {
                    continue; // undefined terms are reported to staff, not listed for patients
                }
                keys.add(term.key());
            }
            keys.sort(String.CASE_INSENSITIVE_ORDER);
            for (String key : keys) {
                Matcher m = Pattern.compile(Pattern.quote(key) + ": (.*?) \\(page[ \u00A0](\\d+)\\)").matcher(g);
                assertTrue(m.find(), e.getKey() + ": glossary lacks " + key + " in " + g);
                assertTrue(m.start() > lastIndex, e.getKey() + ": glossary not alphabetical at " + key);
                lastIndex = m.start();
                int page = Integer.parseInt(m.group(2));
                // "Words to know" may start on the body's last page, so a first use may be on that page too.
                assertTrue(page >= 1 && page <= start + 1, e.getKey() + ": page " + page + " for " + key);
                assertTrue(flat(pages.get(page - 1)).contains(key.split(" ")[0]),
                        e.getKey() + ": " + key + " not on page " + page);
                for (int before = 0; before < page - 1; before++) {
                    // The title is not marked text, so a word in it is not a first use.
                    String body = flat(pages.get(before)).replace(TestHandouts.seedLike().metadata().title(), "");
                    assertFalse(body.contains(" " + key + " "), key + " used before page " + page);
                }
            }
            assertFalse(g.contains("blood-brain barrier"), "an undefined term is not listed: " + g);
            assertFalse(g.contains("No definition"), g);
            assertTrue(g.contains("biopsy: " + TestHandouts.D_BIOPSY), g);
        }
    }

    @Test
    void textFollowsContentOrderAndKeepsEveryCharacter() throws Exception {
        String[] order = {"HER2-positive metastatic", "Riverside", "Listen to this handout", "When breast cancer is",
            "Doctors sort", "hormone receptor positive", "triple-negative", "Your care team", "confirm the diagnosis",
            "a pathologist", "results usually", "receptor status has changed \u2713", "next treatment step \u2192",
            "Treatments for HER2-Positive", "\u00B5g", "\u2265 50", "1. Take your medicine", "3. Call the clinic",
            "100.4 \u00B0F", "Common medicines", "trastuzumab", "tucatinib", "chemotherapy",
            "Image: A drawing of the body", "Clinical trials", "Trial phase: Phase one", "Who can join: most eligible",
            "Treatments for Brain Metastases", "blood-brain barrier", GlossaryAppendix.HEADING, "biopsy:", "protein:"};
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            String all = flat(String.join("\n", PdfChecks.pageTexts(e.getValue())));
            int at = -1;
            for (String piece : order) {
                int found = all.indexOf(piece, at + 1);
                assertTrue(found > at, e.getKey() + ": '" + piece + "' missing or out of order");
                at = found;
            }
        }
    }

    @Test
    void linesStayWithinSeventyCharacters() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            for (String page : PdfChecks.pageTexts(e.getValue())) {
                for (String line : page.split("\\R")) {
                    assertTrue(line.strip().length() <= 70, e.getKey() + ": line too long: " + line);
                }
            }
        }
    }

    @Test
    void structureHasOneH1NoSkippedLevelsListsTablesAndFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(fixtures.get("large/letter"))) {
            List<PDStructureElement> all = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            List<String> types = all.stream().map(PDStructureElement::getStructureType).toList();
            assertEquals("Document", types.get(0));
            assertEquals(1, types.stream().filter("H1"::equals).count());
            assertEquals("H1", types.stream().filter(t -> t.matches("H\\d")).findFirst().orElseThrow());
            int last = 0;
            for (String t : types) {
                if (t.matches("H\\d")) {
                    int level = t.charAt(1) - '0';
                    assertTrue(level <= last + 1, "skipped heading level before " + t + " in " + types);
                    last = level;
                }
            }
            for (String needed : List.of("P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure")) {
                assertTrue(types.contains(needed), "no " + needed + " in " + types);
            }
            List<String> alts = all.stream().filter(s -> "Figure".equals(s.getStructureType()))
                    .map(PDStructureElement::getAlternateDescription).toList();
            assertTrue(alts.contains(FrontMatter.QR_ALT), alts.toString());
            assertTrue(alts.stream().allMatch(a -> a != null && !a.isBlank()), alts.toString());
            for (PDStructureElement th : all) {
                if ("TH".equals(th.getStructureType())) {
                    assertTrue(th.getCOSObject().toString().contains("Scope"), "TH without Scope");
                }
            }
            assertEquals("en-US", doc.getDocumentCatalog().getLanguage());
            assertEquals("HER2-positive metastatic breast cancer", doc.getDocumentInformation().getTitle());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<careprint:reviewed>2015-08-31</careprint:reviewed>"), xmp);
            assertTrue(xmp.contains("<careprint:updated>2022-06-07</careprint:updated>"), xmp);
            assertTrue(xmp.contains("<careprint:reviewStatus>overdue</careprint:reviewStatus>"), xmp);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            assertTrue(xmp.contains("HER2-positive metastatic breast cancer"), xmp);
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                collect(e, out);
            }
        }
    }

    @Test
    void paperSizesAreLetterAndA4() throws Exception {
        try (PDDocument letter = Loader.loadPDF(fixtures.get("large/letter"));
             PDDocument a4 = Loader.loadPDF(fixtures.get("large/a4"))) {
            assertEquals(PDRectangle.LETTER.getWidth(), letter.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(PDRectangle.LETTER.getHeight(), letter.getPage(0).getMediaBox().getHeight(), 0.5);
            assertEquals(PDRectangle.A4.getWidth(), a4.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), a4.getPage(0).getMediaBox().getHeight(), 0.5);
        }
        org.junit.jupiter.api.Assertions.assertThrows(org.careprint.model.CarePrintException.class,
                () -> render("large", withPaper("tabloid")));
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws Exception {
        byte[] again = render("large", TestHandouts.letter());
        assertArrayEquals(fixtures.get("large/letter"), again);
        PrintOptions later = new PrintOptions("letter", "Riverside Cancer Clinic", true,
                "https://example.org/audio/seed-like.mp3", 1_700_000_000L);
        assertFalse(java.util.Arrays.equals(again, render("large", later)), "creation date must change the bytes");
    }

    @Test
    void giantPrintUsesMorePagesThanLargePrint() throws Exception {
        assertTrue(PdfChecks.pageTexts(fixtures.get("giant/letter")).size()
                > PdfChecks.pageTexts(fixtures.get("large/letter")).size());
    }

    @Test
    void charactersNoFontHasAreKeptAsActualTextAndReported() throws Exception {
        Handout handout = new Handout(new org.careprint.model.Metadata("Symbols", "en-US", TestHandouts.REVIEWED,
                null, null, null, "s.txt", 0, 0), List.of(TestHandouts.p(TestHandouts.text(
                        "Written \u4E2D here, ticked \u2713, smiling \uD83D\uDE00 and done."))));
        PdfRenderer renderer = new PdfRenderer(Style.load("large"));
        assertEquals(java.util.Set.of("U+4E2D \u4E2D"), renderer.unsupportedCharacters(handout));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(handout, null, new PrintOptions("a4", null, false, null, 0), out);
        byte[] pdf = out.toByteArray();
        String text = flat(PdfChecks.pageTexts(pdf).get(0));
        assertTrue(text.contains("ticked \u2713, smiling \uD83D\uDE00 and done."), text);
        assertTrue(text.contains("Written \uFFFD here") || text.contains("Written \u4E2D here"), text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String content = new String(doc.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(content.contains("/ActualText"), "missing character must be kept as ActualText");
        }
        assertTrue(validator.failures(pdf, true).isEmpty(), "UA-1: " + validator.failures(pdf, true));
        assertTrue(validator.failures(pdf, false).isEmpty(), "PDF/A-2a: " + validator.failures(pdf, false));
    }

    /** Extracted text with line breaks turned into spaces, so wrapped phrases can be matched. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
