package org.careprint.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/** Handouts built straight from model records, so print tests do not depend on the readers. */
final class TestHandouts {
    static final LocalDate REVIEWED = LocalDate.of(2015, 8, 31);
    static final LocalDate UPDATED = LocalDate.of(2022, 6, 7);

    private TestHandouts() {
    }

    static Inline text(String s) {
        return new Inline.Text(s);
    }

    static Inline term(String text, String key, String definition) {
        return new Inline.Term(text, key, definition, true, false);
    }

    static Inline bold(String s) {
        return new Inline.Emphasis(List.of(new Inline.Text(s)));
    }

    static Block.Paragraph p(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines), 0);
    }

    static Block.Heading h(int level, String s) {
        return new Block.Heading(level, List.of(text(s)), 0);
    }

    static Block.ListItem item(Inline... inlines) {
        return new Block.ListItem(List.of(inlines), 0);
    }

    static Block.Cell cell(String s) {
        return new Block.Cell(List.of(text(s)));
    }

    static final String D_SPREAD = "Cancer that has moved from where it started to other parts of the body.";
    static final String D_NODES = "Small bean-shaped organs that filter fluid and help fight infection.";
    static final String D_BIOPSY = "Taking a small piece of tissue so a doctor can look at it under a microscope.";
    static final String D_PROTEIN = "A substance the body makes that helps cells work and grow.";
    static final String D_CHEMO = "Medicine that kills cancer cells or stops them from growing.";

    /** About 16 blocks: headings, paragraphs with terms and emphasis, lists (nested, numbered), tables, a figure. */
    static Handout seedLike() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(p(text("When breast cancer is "), term("metastatic", "metastatic", D_SPREAD),
                text(", cells have left the breast and the nearby "), term("lymph nodes", "lymph nodes", D_NODES),
                text(" and formed tumors in organs further away. This page explains what that means for you.")));
        blocks.add(p(text("Doctors sort this kind of cancer by what feeds its growth. It can be:")));
        blocks.add(new Block.BulletList(List.of(
                item(text("hormone receptor positive")),
                item(text("HER2-positive, meaning the cells make too much of a "),
                        term("protein", "protein", D_PROTEIN), text(" called HER2")),
                item(text("both of the above")),
                item(text("triple-negative, meaning neither of the above"))), false, 0));
        blocks.add(p(text("Your care team may suggest a "), term("biopsy", "biopsy", D_BIOPSY),
                text(" of a new spot seen on a scan. The "), term("biopsy", "biopsy", D_BIOPSY),
                text(" helps to:")));
        blocks.add(new Block.BulletList(List.of(
                new Block.ListItem(List.of(text("confirm the diagnosis")), List.of(
                        item(text("a pathologist looks at the tissue")),
                        item(text("results usually take a few days"))), 0),
                item(text("check whether the receptor status has changed ✓")),
                item(text("plan the next treatment step → with you"))), false, 0));
        blocks.add(h(2, "Treatments for HER2-Positive Disease"));
        blocks.add(p(text("Treatment usually includes medicines that block the HER2 "),
                term("protein", "protein", D_PROTEIN), text(". "), bold("Ask your doctor"),
                text(" which of these fit your situation. Doses are measured in mg or µg, and some need a level ≥ 50.")));
        blocks.add(new Block.BulletList(List.of(
                item(text("Take your medicine at the same time each day.")),
                item(text("Write down side effects and bring the list to each visit.")),
                item(text("Call the clinic if you have a fever of 100.4 °F or more."))), true, 0));
        blocks.add(new Block.Table("Common medicines", List.of(cell("Medicine"), cell("How it is given")),
                List.of(List.of(cell("trastuzumab"), cell("into a vein every 3 weeks")),
                        List.of(cell("pertuzumab"), cell("into a vein, often with trastuzumab")),
                        List.of(cell("tucatinib"), cell("a pill by mouth twice a day"))), 0));
        blocks.add(p(text("If the cancer also uses hormones to grow, "), term("chemotherapy", "chemotherapy", D_CHEMO),
                text(" and hormone therapy may be combined with HER2 medicines.")));
        blocks.add(new Block.Figure("A drawing of the body with arrows from the breast to the bones, liver and brain",
                "Where breast cancer can spread", 0));
        blocks.add(h(3, "Clinical trials"));
        blocks.add(p(text("A clinical trial is a study of new ways to treat cancer. Joining one can give you access "
                + "to treatments that are not yet widely available. Ask whether a trial is right for you.")));
        blocks.add(new Block.Table("", List.of(cell("Trial phase"), cell("Main question"), cell("Typical size"),
                cell("Length of follow-up"), cell("Who can join")),
                List.of(List.of(cell("Phase one"), cell("Is the medicine safe, and at what dose?"),
                                cell("20 to 80 people"), cell("several months"), cell("people with advanced cancer")),
                        List.of(cell("Phase three"), cell("Is it better than the standard treatment?"),
                                cell("hundreds or thousands"), cell("years"), cell("most eligible patients"))), 0));
        blocks.add(h(2, "Treatments for Brain Metastases"));
        blocks.add(p(text("Many medicines have trouble reaching the brain. Surgery or radiation therapy may be used "
                + "for spots in the brain, and "), term("lymph nodes", "lymph nodes", D_NODES),
                text(" near the tumor may be checked as well. An undefined word like "),
                term("blood-brain barrier", "blood-brain barrier", null), text(" still appears in the glossary.")));
        Metadata md = new Metadata("HER2-positive metastatic breast cancer", "en-US", REVIEWED, "", UPDATED, null,
                "seed-like.txt", 3, 5);
        return new Handout(md, blocks);
    }

    static ReviewInfo overdue() {
        return new ReviewInfo(REVIEWED, "", UPDATED, LocalDate.of(2018, 8, 31), ReviewStatus.OVERDUE);
    }

    static PrintOptions letter() {
        return new PrintOptions("letter", "Riverside Cancer Clinic", true, "https://example.org/audio/seed-like.mp3",
                1_654_560_000L);
    }
}
