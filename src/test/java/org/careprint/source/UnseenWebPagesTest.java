package org.careprint.source;

import static org.careprint.source.ReaderTestSupport.blocks;
import static org.careprint.source.ReaderTestSupport.codes;
import static org.careprint.source.ReaderTestSupport.fixture;
import static org.careprint.source.ReaderTestSupport.html;
import static org.careprint.source.ReaderTestSupport.markdown;
import static org.careprint.source.ReaderTestSupport.plain;
import static org.careprint.source.ReaderTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careprint.check.CheckOptions;
import org.careprint.check.LintContext;
import org.careprint.check.LostListRule;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Finding;
import org.careprint.model.Inlines;
import org.careprint.model.ReadResult;
import org.careprint.model.ReaderNotes;
import org.junit.jupiter.api.Test;

/**
 * Pages written for issue 10, in the shapes of real archive, PDQ and CMS pages (site chrome, mastheads,
 * contents lists, web-only leftovers, truncation, PDQ boilerplate, mojibake). Each test says what a person
 * reading the page would take from it.
 */
class UnseenWebPagesTest {

    private static ReadResult load(String name, String... dropSections) {
        return new DocumentLoader(LoadOptions.defaults().withDropSections(List.of(dropSections)))
                .read(name, fixture("unseen/" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> headings(ReadResult r) {
        return blocks(r, Block.Heading.class).stream().map(Blocks::plainText).toList();
    }

    private static List<Finding> lostLists(ReadResult r) {
        return new LostListRule().check(new LintContext(r.handout(), null, CheckOptions.of(java.time.LocalDate.of(2024, 6, 1))));
    }

    private static void assertNothingLeaks(ReadResult r, String... fragments) {
        String all = String.join("\n", plain(r));
        for (String f : fragments) {
            assertFalse(all.contains(f), "\"" + f + "\" leaked into the handout: " + all);
        }
    }

    private static boolean endsWithTruncationNote(ReadResult r) {
        List<Block> b = r.handout().blocks();
        return ReaderNotes.isNote(b.get(b.size() - 1)) && plain(r).get(b.size() - 1).equals(ReaderNotes.TRUNCATED);
    }

    @Test
    void archivePageWithMastheadContentsListMediaLeftoversQuestionsAndACutOffEnd() {
        ReadResult r = load("surgery-choices-archive.txt");
        assertEquals("Surgery Choices for People with Early-Stage Kidney Cancer", r.handout().metadata().title());
        assertEquals("National Cancer Institute", r.handout().metadata().organization());
        assertEquals(List.of("Step 1: Learn About Your Kidneys", "Step 2: Learn About Surgery", "Step 3: Compare Your Choices",
                "Step 4: Talk With Your Care Team", "Questions to Ask Your Doctor"), headings(r));
        assertNothingLeaks(r, "National Institutes", "Enlarge", "Play video", "Top", "This animation", "This video",
                "- NCI");
        assertTrue(plain(r).contains("A surgeon can remove the part of the kidney that holds the tumor, or the whole kidney. "
                + "Both are done in a hospital and most people stay two to four days."), "only the video sentence goes");
        assertEquals("Two kidneys in the lower back", blocks(r, Block.Figure.class).get(0).caption());
        Block.BulletList questions = blocks(r, Block.BulletList.class).get(0);
        assertEquals(3, questions.items().size());
        assertTrue(codes(r).contains("truncated"));
        assertTrue(endsWithTruncationNote(r));
        assertEquals(9, r.cruftRemoved());
    }

    @Test
    void navigationLedArchivePageTakesTheTitleAfterTheMenu() {
        ReadResult r = load("risk-factors-archive.txt");
        assertEquals("Risk Factors", r.handout().metadata().title());
        assertEquals(List.of("What Are the Risk Factors for Colorectal Cancer?"), headings(r));
        assertEquals(List.of("Inflammatory bowel disease", "A family history of colorectal polyps", "Not being physically active"),
                blocks(r, Block.BulletList.class).get(0).items().stream().map(i -> Inlines.plainText(i.content())).toList());
        assertNothingLeaks(r, "Skip directly", "Navigation", "bullet", "divider", "Facebook", "Resize", "Español",
                "Have a question", "1-800-555-0100", "Chat with", "Basic Information");
        assertFalse(codes(r).contains("truncated"));
        assertEquals(java.time.LocalDate.of(2021, 6, 7), r.handout().metadata().reviewed());
    }

    @Test
    void pdqPageDedupesTitlesKeepsBoldSubSectionsAndCellListsAndRaisesNoFalseLostList() {
        ReadResult r = load("targeted-therapy-pdq.md");
        assertEquals("Kidney Cancer Treatment (PDQ®)–Patient Version", r.handout().metadata().title());
        assertEquals("Treatment Option Overview", headings(r).get(0), "neither '- NCI' nor the PDQ tail repeats the title");
        List<Finding> lost = lostLists(r);
        assertEquals(1, lost.size(), "only the lead-in whose list is really gone: " + lost);
        assertTrue(lost.get(0).message().contains("These targeted therapies are:"));
        int leadIn = plain(r).indexOf("There are different types of treatment for people with kidney cancer. "
                + "These targeted therapies are:");
        assertEquals(ReaderNotes.LOST_LIST, plain(r).get(leadIn + 1));
        Block.Table t = blocks(r, Block.Table.class).get(0);
        assertEquals(List.of("Fatigue", "Hair loss", "Diarrhea"),
                t.rows().get(0).get(1).items().stream().map(i -> Inlines.plainText(i.content())).toList());
        assertEquals("Rash; Itching", Inlines.plainText(t.rows().get(1).get(1).content()));
        assertTrue(codes(r).contains("placeholder"));
        assertNothingLeaks(r, "MM/DD");
        assertEquals(List.of("Kidney Cancer Home Page: www.example.gov/types/kidney",
                "Drugs Approved for Kidney Cancer: www.example.gov/types/kidney/drugs"),
                blocks(r, Block.BulletList.class).get(0).items().stream().map(i -> Inlines.plainText(i.content())).toList());
        assertTrue(codes(r).contains("pdq-boilerplate"));
        assertTrue(headings(r).contains("About This PDQ Summary"));
        assertFalse(codes(r).contains("truncated"));
    }

    @Test
    void dropSectionLeavesOutPdqBoilerplateWithItsSubSections() {
        ReadResult r = load("targeted-therapy-pdq.md", "ABOUT THIS PDQ SUMMARY");
        assertFalse(headings(r).contains("About This PDQ Summary"));
        assertFalse(headings(r).contains("Permission to Use This Summary"));
        assertNothingLeaks(r, "cite this PDQ summary");
        assertTrue(codes(r).contains("section-dropped"));
        assertEquals("To Learn More About Kidney Cancer", headings(r).get(headings(r).size() - 1));
    }

    @Test
    void cmsPageWithMastheadJumpListCaptionShareRowMojibakeAndCutOffEnd() {
        ReadResult r = load("skin-care-home.html");
        assertEquals("Caring for Your Skin at Home", r.handout().metadata().title());
        assertEquals("Example Health Foundation", r.handout().metadata().organization());
        assertEquals(List.of("Dry Skin", "Sun Safety", "To Learn More"), headings(r));
        assertNothingLeaks(r, "On This Page", "Enlarge", "Facebook", "Watch the video", "â€");
        assertEquals("A house of care starts with the skin", blocks(r, Block.Figure.class).get(0).caption());
        assertTrue(plain(r).contains("Our nurses men’s and women’s clinics are open every weekday."));
        assertTrue(codes(r).contains("mojibake-repaired"));
        assertEquals(List.of("Redness", "Peeling"), blocks(r, Block.Table.class).get(0).rows().get(0).get(1).items().stream()
                .map(i -> Inlines.plainText(i.content())).toList());
        assertEquals(List.of("Skin Care During Treatment: www.example.gov/skin-care", "Sun Safety Tips: www.example.org/sun/safety"),
                blocks(r, Block.BulletList.class).get(0).items().stream().map(i -> Inlines.plainText(i.content())).toList());
        assertTrue(codes(r).contains("truncated"));
        assertTrue(endsWithTruncationNote(r));
    }

    // ---- smallest inputs ----

    @Test
    void aTitleRepeatedWithASiteSuffixIsDroppedOnce() {
        ReadResult r = text("Sleep Problems - NCI\nSleep Problems\nMany people with cancer have trouble sleeping at night "
                + "and feel tired during the day.\n");
        assertEquals("Sleep Problems", r.handout().metadata().title());
        assertEquals(1, plain(r).size());
    }

    @Test
    void backToBackRepeatedHeadingsCollapse() {
        ReadResult r = markdown("# T\n\n## Diet\n\n## Diet\n\n## Diet\n\nEat small meals often through the day.\n");
        assertEquals(List.of("Diet"), headings(r));
    }

    @Test
    void aPageEndingWithAFullSentenceOrAShortSignOffIsNotTruncated() {
        assertFalse(codes(text("Title\n\nCall us if you have a fever.\n")).contains("truncated"));
        assertFalse(codes(text("Title\n\nA long paragraph that ends properly with a period.\n\nThank you for reading\n"))
                .contains("truncated"));
        assertFalse(codes(html("<main><h1>T</h1><p>Ends well.</p><ul><li>Fatigue</li><li>Hair loss</li></ul></main>"))
                .contains("truncated"));
        assertTrue(codes(text("Title\n\nThe doctor may give you a medicine called a\n")).contains("truncated"));
    }

    @Test
    void aPlaceholderInTheMiddleOfALongHtmlParagraphIsFoundAndNotPrinted() {
        String longText = "This page explains how the care team checks your blood counts before each treatment, "
                + "and it was last Updated &lt;MM/DD/YYYY&gt; by the nurses who run the clinic every week of the year "
                + "so that the advice matches what we do today for every patient we see.";
        ReadResult r = html("<main><h1>T</h1><p>" + longText + "</p></main>");
        assertTrue(codes(r).contains("placeholder"));
        assertNothingLeaks(r, "MM/DD");
        ReadResult raw = html("<main><h1>T</h1><p>Reviewed yearly. Updated <MM/DD/YYYY></p></main>");
        assertTrue(codes(raw).contains("placeholder"), raw.findings().toString());
    }

    @Test
    void ambiguousMojibakeIsLeftAloneWithAWarning() {
        ReadResult r = new DocumentLoader(LoadOptions.defaults()).read("p.txt",
                "Title\n\nThe â€ mark lost its last byte here.\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(codes(r).contains("mojibake"));
        assertTrue(plain(r).get(0).contains("â€"));
        ReadResult spanish = new DocumentLoader(LoadOptions.defaults()).read("p.txt",
                "Title\n\nEl médico habla español en São Paulo.\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(codes(spanish).contains("mojibake") || codes(spanish).contains("mojibake-repaired"));
    }

    @Test
    void aPagesOwnQuestionsLineWithAPhoneNumberIsKept() {
        ReadResult r = text("Title\n\nQuestions? Call 1-800-555-0199.\n");
        assertEquals(List.of("Questions? Call 1-800-555-0199."), plain(r));
    }

    @Test
    void aShareRowArrivingAsAListIsDropped() {
        ReadResult r = html("<main><h1>T</h1><p>Body text.</p><ul><li>Resize font</li><li>Facebook</li><li>Twitter</li>"
                + "<li>Google+</li><li>Pinterest</li></ul></main>");
        assertEquals(List.of("Body text."), plain(r));
        assertEquals(5, r.cruftRemoved());
        assertNull(r.handout().metadata().organization());
    }
}
