package org.careprint.source;

import static org.careprint.source.ReaderTestSupport.blocks;
import static org.careprint.source.ReaderTestSupport.codes;
import static org.careprint.source.ReaderTestSupport.fixture;
import static org.careprint.source.ReaderTestSupport.html;
import static org.careprint.source.ReaderTestSupport.markdown;
import static org.careprint.source.ReaderTestSupport.plain;
import static org.careprint.source.ReaderTestSupport.termTexts;
import static org.careprint.source.ReaderTestSupport.terms;
import static org.careprint.source.ReaderTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Pages written after the readers, in the shapes real health sites use, to check that the readers were not
 * fitted to their own fixtures. Each test states what a health educator would say the page contains.
 */
class UnseenPagesTest {

    private static ReadResult load(String name) {
        return new DocumentLoader(LoadOptions.defaults())
                .read(name, fixture("unseen/" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** Block kinds in order: H heading, P paragraph, L list, T table, F figure. */
    private static String kinds(ReadResult r) {
        return r.handout().blocks().stream().map(b -> b.getClass().getSimpleName().substring(0, 1)
                .replace("B", "L")).collect(Collectors.joining());
    }

    private static void assertMeta(ReadResult r, String title, LocalDate reviewed, String reviewer, LocalDate updated) {
        Metadata m = r.handout().metadata();
        assertEquals(title, m.title());
        assertEquals(reviewed, m.reviewed());
        assertEquals(reviewer, m.reviewer());
        assertEquals(updated, m.updated());
    }

    private static void assertNothingLeaks(ReadResult r, String... fragments) {
        String all = String.join("\n", plain(r));
        for (String f : fragments) {
            assertTrue(!all.contains(f), "\"" + f + "\" leaked into the body: " + all);
        }
    }

    // ---- scraped text ----

    @Test
    void singleNewlineSiteWithGluedShareAndExplicitUpdate() {
        ReadResult r = load("bone-metastases-share.txt");
        assertMeta(r, "Bone Metastases", LocalDate.of(2019, 3, 14), null, LocalDate.of(2022, 2, 9));
        assertEquals("PPHPLPHPLPPFHP", kinds(r));
        assertEquals(List.of("metastasis", "therapy", "bisphosphonates", "receptor", "BRCA1/2", "therapist"), termTexts(r));
        assertEquals(4, r.cruftRemoved()); // breadcrumb, glued "Share", "Send to Printer", footnote digit
        assertNothingLeaks(r, "Share", "Home >", "info-icon", "treatment.3", "Send to");
        String all = String.join("\n", plain(r));
        assertTrue(all.contains("1-800-555-0142") && all.contains("10-15%") && all.contains("1–5 treatments")
                && all.contains("CDK4/6") && all.contains("On January 1, 2024, Medicare"));
        Block.Figure fig = blocks(r, Block.Figure.class).get(0);
        assertEquals("", fig.caption(), "the Title Case line after the photo opens the next section");
        assertEquals("Staying Active With Bone Metastases", Blocks.plainText(blocks(r, Block.Heading.class).get(2)));
        assertEquals(4, blocks(r, Block.BulletList.class).get(0).items().size());
        assertEquals(4, blocks(r, Block.BulletList.class).get(1).items().size());
    }

    @Test
    void questionHeadingsPostedDateAndReviewerOnTheNextLine() {
        ReadResult r = load("lymphedema-questions.txt");
        assertMeta(r, "What Is Lymphedema?", LocalDate.of(2020, 6, 2), "Maria Olsen, PT, CLT", LocalDate.of(2004, 10, 22));
        assertEquals("PHPPHPLHPP", kinds(r));
        assertEquals(List.of("lymph", "dissection", "biopsy", "infection", "drainage"), termTexts(r));
        assertEquals(3, r.cruftRemoved());
        assertTrue(codes(r).contains("duplicate-paragraph"));
        assertTrue(plain(r).contains("It may start months or even years after treatment ends. “It can sneak up on you,” "
                + "one survivor said. Swelling is often mild at first."));
        assertNothingLeaks(r, "Log in", "browser", "Posted", "Reviewed");
    }

    @Test
    void postedOnAndLastUpdatedWithNbspRegisteredMarkAndDigitTerm() {
        ReadResult r = load("her2-low.txt");
        assertMeta(r, "HER2-low breast cancer", null, null, LocalDate.of(2020, 7, 2));
        assertEquals("PHPHPLHPP", kinds(r));
        assertEquals(List.of("pathologist", "immunohistochemistry", "situ", "conjugate", "receptor", "Chemotherapy",
                "trial", "disease", "HER2/neu", "receptor 2"), termTexts(r));
        assertEquals(1, r.cruftRemoved());
        assertTrue(plain(r).get(0).contains("the HER2 protein"), "NBSP becomes a plain space");
        assertTrue(String.join(" ", plain(r)).contains("(Enhertu®)"));
    }

    // ---- Markdown ----

    @Test
    void pdqStylePageWithAnchorsDictionaryLinksTableAndPlaceholder() {
        ReadResult r = load("adrenal-tumors-pdq.md");
        assertMeta(r, "Adrenal Gland Tumors Treatment (PDQ®)–Patient Version", LocalDate.of(2023, 11, 8), null, null);
        assertEquals("quarterly", r.handout().metadata().reviewFrequency());
        assertEquals("HHLPPLHTFHP", kinds(r));
        assertEquals(List.of("adrenal glands", "benign", "hormones", "adrenal gland", "adrenal cortex", "adrenal medulla",
                "CT scan", "MRI"), termTexts(r));
        assertTrue(terms(r).stream().allMatch(t -> t.exact()));
        assertEquals(1, r.cruftRemoved());
        assertTrue(codes(r).contains("placeholder"));
        assertEquals(List.of("General Information About Adrenal Gland Tumors", "Key points",
                "Tests Used to Find Adrenal Tumors", "About This PDQ Summary"),
                blocks(r, Block.Heading.class).stream().map(Blocks::plainText).toList());
        assertEquals("This summary is reviewed regularly and updated as needed.", plain(r).get(plain(r).size() - 1));
        assertNothingLeaks(r, "{#", "MM/DD", "Health Professional");
        Block.BulletList causes = blocks(r, Block.BulletList.class).get(1);
        assertTrue(causes.ordered());
        assertEquals(2, causes.items().get(1).children().size());
    }

    @Test
    void glossaryLinksWithTitlesNestedListsAndNextReview() {
        ReadResult r = load("mouth-sores-chemo.md");
        assertMeta(r, "Mouth Sores During Chemotherapy", LocalDate.of(2022, 9, 15), "Ana Ruiz, RN, OCN",
                LocalDate.of(2023, 1, 20));
        assertEquals("P2Y", r.handout().metadata().reviewFrequency());
        assertEquals("PHPHLPPP", kinds(r));
        assertEquals(List.of("chemotherapy", "radiation therapy", "oral mucositis", "palifermin", "cryotherapy"),
                termTexts(r));
        assertEquals("sores and swelling in the lining of the mouth", terms(r).get(2).definition());
        assertTrue(terms(r).get(2).pageDefined());
        assertEquals(0, r.cruftRemoved());
        assertEquals(3, blocks(r, Block.BulletList.class).get(0).items().get(2).children().size());
    }

    @Test
    void invalidFrontMatterDateSetextHeadingAndSupFootnote() {
        ReadResult r = load("fatigue-plain.md");
        assertMeta(r, "Cancer-Related Fatigue", null, null, null);
        assertTrue(codes(r).contains("invalid-date"));
        assertEquals("PHPLPPL", kinds(r));
        assertEquals(List.of("chemotherapy", "radiation", "anemia"), termTexts(r));
        assertEquals(1, r.cruftRemoved());
        assertTrue(plain(r).contains("Tell your doctor if fatigue keeps you in bed most of the day. Fatigue can be a sign "
                + "of anemia, a low number of red blood cells."));
    }

    // ---- HTML ----

    @Test
    void cmsPageWithChromeBylineShareRowBrLinesAndCaptionedTable() {
        ReadResult r = load("radiation-skin-care.html");
        assertMeta(r, "Skin Care During Radiation Therapy", LocalDate.of(2023, 4, 5), "Jane Doe, MD",
                LocalDate.of(2023, 4, 10));
        assertEquals("PHPLFHPLHT", kinds(r));
        assertEquals(List.of("Radiation therapy", "radiation dermatitis"), termTexts(r));
        assertTrue(terms(r).stream().allMatch(t -> t.pageDefined()));
        assertEquals(1, r.cruftRemoved());
        assertNothingLeaks(r, "Share", "Find a Doctor", "Related articles", "Privacy", "dataLayer", "Medically reviewed");
        Block.BulletList whenToCall = blocks(r, Block.BulletList.class).get(1);
        assertEquals(List.of("open or weeping skin", "a fever of 100.4°F or higher", "pain that keeps you from sleeping"),
                whenToCall.items().stream().map(i -> Inlines.plainText(i.content())).toList());
        Block.Table t = blocks(r, Block.Table.class).get(0);
        assertEquals("Skin products and radiation", t.caption());
        assertEquals(2, t.header().size());
        assertEquals(2, t.rows().size());
    }

    @Test
    void bodyWithoutMainSidebarDataTermDfnAndFooterDate() {
        ReadResult r = load("colonoscopy-prep.html");
        assertMeta(r, "Getting Ready for a Colonoscopy", LocalDate.of(2022, 3, 14), "Sam Patel, MD, Gastroenterology",
                LocalDate.of(2023, 8, 1));
        assertEquals("PHPHLPP", kinds(r));
        assertEquals(List.of("colonoscopy", "colon", "polyps"), termTexts(r));
        assertEquals(2, r.cruftRemoved());
        assertNothingLeaks(r, "Example Clinic", "In this section", "browser", "Reviewed");
    }

    @Test
    void heroDatesWithPipeMetaModifiedAndBodyDateSentence() {
        ReadResult r = load("immunotherapy-side-effects.html");
        assertMeta(r, "Immunotherapy Side Effects", LocalDate.of(2023, 12, 1), "Lee Chen, PharmD",
                LocalDate.of(2024, 2, 12));
        assertEquals(List.of("immune system", "checkpoint inhibitor", "colitis"), termTexts(r));
        assertEquals("The body's defense against infection and disease.", terms(r).get(0).definition());
        assertTrue(kinds(r).startsWith("HPPHPL"));
        assertTrue(plain(r).get(plain(r).size() - 1).contains("On March 3, 2022, the FDA approved"));
        assertNothingLeaks(r, "Donate", "Send to Printer", "1-800-555-0110");
    }

    // ---- one regression test per fixed bug, on the smallest input that showed it ----

    @Test
    void shareButtonGluedToARepeatedTitleIsDropped() {
        assertEquals("Bone Metastases", text("Bone Metastases Bone MetastasesShare\n\nBody text.").handout().metadata().title());
        assertEquals("Blueprint for Care", text("Blueprint for Care\n\nBody.").handout().metadata().title());
    }

    @Test
    void explicitLastUpdatedOutranksABareDateAtTheTop() {
        ReadResult r = text("Title\nOct. 19, 2016Share\nBody sentence that is long enough to be a paragraph here.\n"
                + "— Last updated on February 9, 2022, 11:30 PM\n");
        assertEquals(LocalDate.of(2022, 2, 9), r.handout().metadata().updated());
    }

    @Test
    void footnoteDigitsGluedAfterPunctuationAreDroppedAndCounted() {
        ReadResult r = text("Title\n\nMost people respond to treatment.3 Some need more,2,4 care.\n");
        assertEquals("Most people respond to treatment. Some need more, care.", plain(r).get(0));
        assertEquals(2, r.cruftRemoved());
    }

    @Test
    void aNumberMarkedAsATermKeepsItsWord() {
        assertEquals(List.of("receptor 2"), termTexts(text("Title\n\nThe estrogen receptor 2info-icon gene.\n")));
    }

    @Test
    void titleCaseLineAfterAnImageOnASingleNewlineSiteIsAHeading() {
        ReadResult r = text("Title\nFirst paragraph of the page that runs long enough to count as a paragraph.\n"
                + "Photo: A nurse and a patient\nStaying Active\nGentle movement can help you keep your strength and "
                + "your balance every day.\n");
        assertEquals("PFHP", kinds(r));
        ReadResult captioned = text("Title\n\nFirst paragraph of the page that runs long enough to count as one.\n\n"
                + "[Image: A compression sleeve]\nCompression Sleeve Worn From Wrist to Shoulder\n\n"
                + "A garment that fits well should feel snug, not painful, and it should not leave marks.\n");
        assertEquals("PFP", kinds(captioned));
        assertEquals("Compression Sleeve Worn From Wrist to Shoulder", blocks(captioned, Block.Figure.class).get(0).caption());
    }

    @Test
    void aRowOfShareButtonsIsCruft() {
        ReadResult r = html("<main><h1>T</h1><div><a>Share</a> <a>Print</a></div><p>Body.</p>"
                + "<p>Print | Email | Share</p></main>");
        assertEquals(List.of("Body."), plain(r));
        assertEquals(2, r.cruftRemoved());
    }

    @Test
    void headingIdsAreNotHeadingText() {
        ReadResult r = markdown("# T\n\n## Key points {#section-1-1}\n\nBody.\n");
        assertEquals("Key points", plain(r).get(0));
    }

    @Test
    void aPlaceholderStampAtTheEndOfASentenceIsReportedAndCut() {
        ReadResult r = markdown("# T\n\nThis summary is [reviewed](glossary:review) as needed. Updated <MM/DD/YYYY>\n");
        assertEquals(List.of("This summary is reviewed as needed."), plain(r));
        assertEquals(List.of("reviewed"), termTexts(r));
        assertTrue(codes(r).contains("placeholder"));
        assertNull(r.handout().metadata().updated());
    }

    @Test
    void brSeparatedLinesAfterALeadInAreAList() {
        ReadResult r = html("<main><h1>T</h1><p>Call us if you have:<br>a fever<br>a new rash</p>"
                + "<address>Example Clinic<br>12 Main Street</address></main>");
        assertEquals("PLPP", kinds(r));
        assertEquals(List.of("Call us if you have:", "a fever\na new rash", "Example Clinic", "12 Main Street"), plain(r));
    }

    @Test
    void supFootnoteReferencesAreDroppedInHtmlAndMarkdown() {
        assertEquals(List.of("Low red cells."), plain(html("<main><h1>T</h1><p>Low red cells.<sup><a href=\"#fn1\">1</a></sup></p></main>")));
        assertEquals(List.of("Low red cells."), plain(markdown("# T\n\nLow red cells.<sup>1</sup>\n")));
        assertEquals(List.of("A dose of 75 mg/m2 each week."),
                plain(html("<main><h1>T</h1><p>A dose of 75 mg/m<sup>2</sup> each week.</p></main>")));
        assertEquals(List.of("A dose of 75 mg/m2 each week."), plain(markdown("# T\n\nA dose of 75 mg/m<sup>2</sup> each week.\n")));
    }
}
