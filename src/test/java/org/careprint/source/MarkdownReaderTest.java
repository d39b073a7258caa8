package org.careprint.source;

import static org.careprint.source.ReaderTestSupport.blocks;
import static org.careprint.source.ReaderTestSupport.codes;
import static org.careprint.source.ReaderTestSupport.finding;
import static org.careprint.source.ReaderTestSupport.markdown;
import static org.careprint.source.ReaderTestSupport.plain;
import static org.careprint.source.ReaderTestSupport.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    private static final String FRONT = "---\ntitle: Chemotherapy Side Effects\nlastReviewed: 2023-05-10\n"
            + "reviewFrequency: quarterly\nlanguage: en-GB\nreviewer: Ana Ruiz\nupdated: 2023-06-01\n---\n";

    @Test
    void frontMatterFillsTheMetadata() {
        Metadata m = markdown(FRONT + "\nSome text.\n").handout().metadata();
        assertEquals("Chemotherapy Side Effects", m.title());
        assertEquals(LocalDate.of(2023, 5, 10), m.reviewed());
        assertEquals(3, m.reviewedLine());
        assertEquals(LocalDate.of(2023, 6, 1), m.updated());
        assertEquals("quarterly", m.reviewFrequency());
        assertEquals("en-GB", m.language());
        assertEquals("Ana Ruiz", m.reviewer());
    }

    @Test
    void nextReviewInFrontMatterBecomesThePagesCycle() {
        Metadata m = markdown("---\ntitle: T\nreviewed: 2022-01-15\nnext_review: 2024-01-15\n---\nText.\n").handout().metadata();
        assertEquals("P2Y", m.reviewFrequency());
    }

    @Test
    void titleFallsBackToTheFirstH1WhichIsNotRepeatedAsABlock() {
        ReadResult r = markdown("# Nausea Nausea\n\nText.\n\n## Tips\n");
        assertEquals("Nausea", r.handout().metadata().title());
        assertEquals(2, r.handout().blocks().size());
        assertEquals(2, ((Block.Heading) r.handout().blocks().get(1)).level());
    }

    @Test
    void invalidAndPlaceholderFrontMatterDatesAreErrors() {
        ReadResult r = markdown("---\ntitle: T\nlastReviewed: 2023-02-30\nupdated: <MM/DD/YYYY>\n---\nText.\n");
        assertNull(r.handout().metadata().reviewed());
        assertEquals(3, finding(r, "invalid-date").line());
        assertEquals(4, finding(r, "placeholder").line());
    }

    @Test
    void placeholderInTheBodyIsAnError() {
        ReadResult r = markdown(FRONT + "\nText.\n\nUpdated <MM/DD/YYYY>\n");
        assertTrue(codes(r).contains("placeholder"));
        assertEquals(1, plain(r).size());
    }

    @Test
    void unsafeOrBrokenYamlIsAWarningNotACrash() {
        ReadResult evil = markdown("---\ntitle: !!javax.script.ScriptEngineManager [x]\n---\nText.\n");
        assertTrue(codes(evil).contains("front-matter"));
        ReadResult broken = markdown("---\ntitle: [unclosed\n---\nText.\n");
        assertTrue(codes(broken).contains("front-matter"));
        ReadResult unclosed = markdown("---\ntitle: T\nText.\n");
        assertTrue(codes(unclosed).contains("front-matter"));
    }

    @Test
    void dictionaryLinksAndGlossaryLinksAreExactTerms() {
        ReadResult r = markdown(FRONT + "\nYour [adrenal glands](/Common/PopUps/popDefinition.aspx?id=46678&version=patient"
                + "&language=English&dictionary=Cancer.gov) sit on the kidneys. See **[lymph nodes](/Common/PopUps/"
                + "popDefinition.aspx?id=1&dictionary=Cancer.gov)** and [scans](glossary:CT%20scan). A [normal link](https://example.org).\n");
        assertEquals(3, terms(r).size());
        Inline.Term adrenal = terms(r).get(0);
        assertEquals("adrenal glands", adrenal.text());
        assertTrue(adrenal.exact());
        assertEquals("lymph nodes", terms(r).get(1).text());
        assertEquals("scans", terms(r).get(2).text());
        assertEquals("CT scan", terms(r).get(2).key());
        Block.Paragraph p = blocks(r, Block.Paragraph.class).get(0);
        assertTrue(p.content().stream().anyMatch(i -> i instanceof Inline.Emphasis e && e.content().get(0) instanceof Inline.Term));
        assertTrue(Inlines.plainText(p.content()).endsWith("A normal link."));
    }

    @Test
    void professionalVersionLinksAreDroppedAndCounted() {
        ReadResult r = markdown(FRONT + "\n[Go to Health Professional Version](/hp)\n\nText.\n");
        assertEquals(1, plain(r).size());
        assertEquals(1, r.cruftRemoved());
    }

    @Test
    void tablesNestedListsFiguresAndEmphasis() {
        ReadResult r = markdown(FRONT + "\n| Drug | Side effect |\n|---|---|\n| A | *Nausea* |\n\n- one\n  - one a\n- two\n\n"
                + "![A port under the skin](port.png)\n\n*A port sits under the skin of the chest.*\n\n1. first\n2. second\n");
        Block.Table t = blocks(r, Block.Table.class).get(0);
        assertEquals(2, t.header().size());
        assertTrue(t.rows().get(0).get(1).content().get(0) instanceof Inline.Emphasis);
        Block.BulletList nested = blocks(r, Block.BulletList.class).get(0);
        assertEquals("one a", Inlines.plainText(nested.items().get(0).children().get(0).content()));
        assertFalse(nested.ordered());
        assertTrue(blocks(r, Block.BulletList.class).get(1).ordered());
        Block.Figure f = blocks(r, Block.Figure.class).get(0);
        assertEquals("A port under the skin", f.alt());
        assertEquals("A port sits under the skin of the chest.", f.caption());
    }

    @Test
    void infoIconMarkersInMarkdownTextStillWork() {
        ReadResult r = markdown(FRONT + "\nNearby lymphinfo-icon nodes.\n");
        assertEquals("lymph", terms(r).get(0).text());
        assertFalse(terms(r).get(0).exact());
    }

    @Test
    void bodyDatesCountWhenFrontMatterHasNone() {
        ReadResult r = markdown("# Fatigue\n\nText.\n\n_Last reviewed: March 2, 2021 by Sam Ode_\n");
        assertEquals(LocalDate.of(2021, 3, 2), r.handout().metadata().reviewed());
        assertEquals("Sam Ode", r.handout().metadata().reviewer());
        assertEquals(1, plain(r).size());
    }

    @Test
    void blockLinesAreSourceLines() {
        ReadResult r = markdown(FRONT + "\nFirst.\n\n## Second\n");
        assertEquals(10, r.handout().blocks().get(0).line());
        assertEquals(12, r.handout().blocks().get(1).line());
    }
}
