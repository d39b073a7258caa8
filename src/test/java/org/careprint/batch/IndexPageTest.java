package org.careprint.batch;

import org.careprint.report.IndexPage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexPageTest {
    private final String html = IndexPage.render(SampleReports.report());
    private final Document doc = Jsoup.parse(html);

    @Test
    void escapesTitlesAndMessages() {
        assertFalse(html.contains("<script>"), "no markup from content may survive");
        assertFalse(html.contains("<Clinic>"));
        assertEquals(0, doc.select("script").size());
        assertEquals(SampleReports.SCRIPT_TITLE, doc.select("article h3").get(1).text());
        assertTrue(doc.select("h1").text().contains("Riverside <Clinic>"));
    }

    @Test
    void listsEachBuiltHandoutWithPlayerCaptionsAndDownloads() {
        assertEquals(2, doc.select("article").size(), "the failed page has no card");
        Element first = doc.select("article").first();
        Element audio = first.selectFirst("audio[controls][preload=none]");
        assertTrue(audio != null);
        assertEquals("anemia.mp3", audio.selectFirst("source").attr("src"));
        Element track = audio.selectFirst("track");
        assertEquals("captions", track.attr("kind"));
        assertEquals("en", track.attr("srclang"));
        assertEquals("English", track.attr("label"));
        assertEquals("anemia.vtt", track.attr("src"));
        assertTrue(first.text().contains("(PDF, 2 pages, 47 KB)"));
        assertTrue(first.text().contains("Reviewed by medical staff and up to date."));
        assertTrue(first.text().contains("March 4, 2024"));
        assertEquals("2024-03-04", first.selectFirst("time").attr("datetime"));
        assertTrue(first.text().contains("1 minute 12 seconds"));
    }

    @Test
    void staysSelfContainedWithLargeText() {
        for (Element e : doc.select("[src], [href]")) {
            String link = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertFalse(link.contains(":") || link.startsWith("/") || link.contains(".."), "relative link: " + link);
        }
        assertTrue(html.contains("html { font-size: 125%; }"), "20 px base text");
        assertTrue(html.contains("line-height: 1.5"));
        assertEquals("en", doc.selectFirst("html").attr("lang"));
    }

    @Test
    void needsReviewSectionNamesOverdueAndFailedPages() {
        Element section = doc.getElementById("needs-review").parent();
        String text = section.text();
        assertTrue(text.contains("review overdue since June 12, 2022"), text);
        assertTrue(text.contains("in/random.txt"));
        assertTrue(text.contains("could not be built"));
        assertFalse(text.contains("Anemia During Treatment"), "current pages are not listed");
    }

    @Test
    void aBookletHasItsOwnCardWithDownloadsContentsAndTheStaffList() {
        Document page = Jsoup.parse(IndexPage.render(SampleReports.withBooklet()));
        assertEquals(2, page.select("main > article").size(), "handout cards unchanged");
        Element section = page.getElementById("booklets").parent();
        Element card = section.selectFirst("article");
        assertEquals("Fair <folder>", card.selectFirst("h3").text());
        assertEquals("(PDF, 12 pages, 94 KB)", card.selectFirst("a[href=fair.pdf]").text()
                .replace("Large-print booklet: Fair <folder> ", ""));
        assertEquals("fair.vtt", card.selectFirst("audio source + track").attr("src"));
        assertTrue(card.text().contains("2 minutes 20 seconds"), card.text());
        assertEquals(List.of("Anemia During Treatment, page 5", SampleReports.SCRIPT_TITLE + ", page 9"),
                card.select("ol > li").eachText());
        Element staff = card.getElementById("booklet-1-review");
        assertEquals(List.of(SampleReports.SCRIPT_TITLE + " (page 9): review was due June 12, 2022."),
                staff.nextElementSibling().nextElementSibling().select("li").eachText());
        assertTrue(page.getElementById("booklets").elementSiblingIndex() >= 0);
        assertTrue(page.select("h2").eachText().indexOf("Booklets") < page.select("h2").eachText()
                .indexOf("Needs review (for staff)"), "booklets before the staff list");
    }

    @Test
    void aFolderWithOnlyABookletShowsNoEmptyHandoutSections() {
        com.fasterxml.jackson.databind.node.ObjectNode report = org.careprint.report.RunReport.build(null, List.of(),
                List.of(SampleReports.booklet()), List.of(), org.careprint.report.ReportJson.MAPPER.createObjectNode());
        Document page = Jsoup.parse(IndexPage.render(report));
        assertEquals(List.of("Booklets"), page.select("h2").eachText());
        assertEquals(1, page.select("article").size());
        assertEquals(null, page.getElementById("needs-review"));
    }
}
