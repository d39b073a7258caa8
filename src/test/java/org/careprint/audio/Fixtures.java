package org.careprint.audio;

import java.time.LocalDate;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/** Small handouts written for these tests. */
final class Fixtures {
    static final LocalDate REVIEWED = LocalDate.of(2015, 8, 31);
    static final LocalDate UPDATED = LocalDate.of(2022, 6, 7);

    private Fixtures() {
    }

    static ReviewInfo review() {
        return new ReviewInfo(REVIEWED, "", UPDATED, LocalDate.of(2018, 8, 31), ReviewStatus.OVERDUE);
    }

    static Inline.Term term(String text, String definition) {
        return new Inline.Term(text, text, definition, true, false);
    }

    /** About ninety words: two sections, a list, a table, a figure and two defined terms (one undefined). */
    static Handout small() {
        Block intro = new Block.Paragraph(List.of(
                new Inline.Text("Some breast cancers make too much of a protein called HER2. Your "),
                term("oncologist", "A doctor who treats cancer."),
                new Inline.Text(" will explain your test results.")), 1);
        Block section1 = new Block.Heading(2, Inlines.text("Treatment Choices"), 3);
        Block para = new Block.Paragraph(List.of(
                new Inline.Text("Medicines such as "),
                term("trastuzumab", "A medicine that blocks the HER2 protein."),
                new Inline.Text(" are often given every 3 weeks. About 10-15% of people have "),
                term("lymphedema", null),
                new Inline.Text(" later. The treatment helps to:")), 4);
        Block list = new Block.BulletList(List.of(
                new Block.ListItem(Inlines.text("shrink the tumor"), 5),
                new Block.ListItem(Inlines.text("slow the growth"), 6),
                new Block.ListItem(Inlines.text("ease symptoms"), 7)), false, 5);
        Block section2 = new Block.Heading(2, Inlines.text("Getting Help"), 9);
        Block table = new Block.Table("Contacts", List.of(cell("Service"), cell("Phone")),
                List.of(List.of(cell("Helpline"), cell("1-800-227-2345"))), 10);
        Block figure = new Block.Figure("A nurse talking with a patient", "", 12);
        Metadata meta = new Metadata("HER2 Basics", "en-US", REVIEWED, "", UPDATED, null, "small.md", 0, 0);
        return new Handout(meta, List.of(intro, section1, para, list, section2, table, figure));
    }

    static Handout titleOnly() {
        Metadata meta = new Metadata("Just a Title", "en-US", null, null, null, null, "title.txt", 0, 0);
        return new Handout(meta, List.of());
    }

    private static Block.Cell cell(String text) {
        return new Block.Cell(Inlines.text(text));
    }
}
