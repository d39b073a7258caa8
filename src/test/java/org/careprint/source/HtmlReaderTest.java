package org.careprint.source;

import static org.careprint.source.ReaderTestSupport.blocks;
import static org.careprint.source.ReaderTestSupport.codes;
import static org.careprint.source.ReaderTestSupport.html;
import static org.careprint.source.ReaderTestSupport.plain;
import static org.careprint.source.ReaderTestSupport.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    @Test
    void takesMainContentAndDropsChrome() {
        ReadResult r = html("<html><body><header>Site</header><nav>Menu</nav><main><h1>Hair Loss</h1>"
                + "<p>Hair often grows back.</p><aside>Ad</aside></main><footer>Footer text</footer>"
                + "<script>alert(1)</script></body></html>");
        assertEquals("Hair Loss", r.handout().metadata().title());
        assertEquals(List.of("Hair often grows back."), plain(r));
    }

    @Test
    void withoutMainUsesBodyMinusNavHeaderFooterAside() {
        ReadResult r = html("<body><nav>Menu</nav><header>Top</header><p>Kept.</p><aside>x</aside><footer>f</footer></body>");
        assertEquals(List.of("Kept."), plain(r));
    }

    @Test
    void titleFallsBackToTheTitleElementWithoutSiteSuffix() {
        assertEquals("Mouth Sores", html("<html><head><title>Mouth Sores | Clinic</title></head><body><p>x</p></body></html>")
                .handout().metadata().title());
    }

    @Test
    void glossaryElementsBecomeExactTermsWithPageDefinitions() {
        ReadResult r = html("<main><p>A <span class=\"glossary-term\" title=\"A small piece of tissue.\">biopsy</span>"
                + "<span class=\"info-icon\">i</span> and <abbr data-term=\"CT scan\" data-definition=\"X-ray pictures.\">CT</abbr>"
                + " and <span class=\"term\">stage</span>.</p></main>");
        List<Inline.Term> terms = terms(r);
        assertEquals(3, terms.size());
        assertEquals(new Inline.Term("biopsy", "biopsy", "A small piece of tissue.", true, true), terms.get(0));
        assertEquals("CT scan", terms.get(1).key());
        assertEquals("X-ray pictures.", terms.get(1).definition());
        assertFalse(terms.get(2).pageDefined());
        assertEquals("A biopsy and CT and stage.", plain(r).get(0));
    }

    @Test
    void listsTablesFiguresAndEmphasis() {
        ReadResult r = html("<main><ul><li><strong>Rest</strong> often<ul><li>short naps</li></ul></li><li>Walk</li></ul>"
                + "<table><caption>Doses</caption><tr><th>Drug</th><th>When</th></tr><tr><td>A</td><td>Daily</td></tr></table>"
                + "<figure><img src=\"x.png\" alt=\"A pill box\"><figcaption>Sort pills weekly.</figcaption></figure>"
                + "<p><img src=\"y.png\" alt=\"A nurse\">Text</p></main>");
        Block.BulletList list = blocks(r, Block.BulletList.class).get(0);
        assertTrue(list.items().get(0).content().get(0) instanceof Inline.Emphasis);
        assertEquals("short naps", Inlines.plainText(list.items().get(0).children().get(0).content()));
        Block.Table t = blocks(r, Block.Table.class).get(0);
        assertEquals("Doses", t.caption());
        assertEquals(1, t.rows().size());
        List<Block.Figure> figs = blocks(r, Block.Figure.class);
        assertEquals("A pill box", figs.get(0).alt());
        assertEquals("Sort pills weekly.", figs.get(0).caption());
        assertEquals("A nurse", figs.get(1).alt());
    }

    @Test
    void datesFromTimeElementsBylinesAndFooters() {
        ReadResult r = html("<body><main><h1>T</h1><p class=\"byline\">Reviewed by Lee Park, MD on "
                + "<time datetime=\"2021-04-05\">April 5, 2021</time></p><p>Body text on January 1, 2024, Medicare changed.</p>"
                + "</main><footer><p>Updated March 18, 2023</p></footer></body>");
        Metadata m = r.handout().metadata();
        assertEquals(LocalDate.of(2021, 4, 5), m.reviewed());
        assertEquals("Lee Park, MD", m.reviewer());
        assertEquals(LocalDate.of(2023, 3, 18), m.updated());
        assertEquals(1, plain(r).size());
    }

    @Test
    void invalidTimeIsAnError() {
        ReadResult r = html("<main><p>Reviewed <time datetime=\"2021-02-30\">soon</time></p></main>");
        assertNull(r.handout().metadata().reviewed());
        assertTrue(codes(r).contains("invalid-date"));
    }

    @Test
    void cruftAndDuplicatesAreCounted() {
        String p = "<p>Keep a diary of your symptoms to share with your care team.</p>";
        ReadResult r = html("<main>" + p + "<p>Send to Printer</p>" + p + "</main>");
        assertEquals(2, r.cruftRemoved());
        assertTrue(codes(r).contains("duplicate-paragraph"));
    }

    @Test
    void neverFetchesAndKeepsCharacters() {
        ReadResult r = html("<main><p>It&rsquo;s &ldquo;fine&rdquo; &mdash; 5&nbsp;mg&trade; <img src=\"http://10.255.255.1/x.png\" alt=\"\"></p></main>");
        assertEquals("It’s “fine” — 5 mg™", plain(r).get(plain(r).size() - 1));
    }

    @Test
    void lineNumbersComeFromTheSource() {
        ReadResult r = html("<main>\n<p>One.</p>\n\n<h2>Two</h2>\n</main>");
        assertEquals(2, r.handout().blocks().get(0).line());
        assertEquals(4, r.handout().blocks().get(1).line());
    }
}
