package org.careprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.Mp3File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A booklet written into a build's folder: its entry in report.json and its card on index.html, kept by the next
 * build and by merge; its audio companion read back (duration, ID3 chapters, CTOC, captions).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookletCatalogueTest {
    private static final String EPOCH = "1780000000"; // 2026-05-28: two of the three examples are overdue
    private static final List<String> TITLES = List.of("Bone Metastases", "Lymphedema After Cancer Treatment",
            "What Is a Biopsy?");

    @TempDir
    static Path dir; // shared by the ordered steps
    private Path out;
    private BookletCommandTest.Run booklet;

    private JsonNode report(Path folder) throws Exception {
        return new ObjectMapper().readTree(folder.resolve("report.json").toFile());
    }

    private Document index(Path folder) throws Exception {
        return Jsoup.parse(Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void theBookletJoinsTheBuildsCatalogue() throws Exception {
        out = dir.resolve("out");
        assertEquals(0, BookletCommandTest.run(EPOCH, "build", "examples", "--no-audio", "-q", "-o", out.toString())
                .exit());
        booklet = BookletCommandTest.run(EPOCH, "booklet", "examples", "--title", "Fair <folder>", "--org", "Riverside",
                "-o", out.resolve("fair.pdf").toString());
        assertEquals(0, booklet.exit(), booklet.err());
        assertTrue(booklet.out().contains("audio companion"), booklet.out());

        JsonNode report = report(out);
        assertEquals(3, report.path("documents").size(), "the build's handouts stay listed");
        assertEquals(1, report.path("booklets").size());
        JsonNode b = report.path("booklets").get(0);
        assertEquals("fair.pdf", b.path("path").asText());
        assertEquals("Fair <folder>", b.path("title").asText());
        assertEquals(Files.size(out.resolve("fair.pdf")), b.path("bytes").asLong());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("fair.pdf").toFile())) {
            assertEquals(pdf.getNumberOfPages(), b.path("pages").asInt());
        }
        List<String> titles = new ArrayList<>();
        int previous = 0;
        for (JsonNode h : b.path("handouts")) {
            titles.add(h.path("title").asText());
            assertTrue(h.path("startPage").asInt() > previous && h.path("startPage").asInt() % 2 == 1);
            previous = h.path("startPage").asInt();
        }
        assertEquals(TITLES, titles);
        List<String> overdue = new ArrayList<>();
        b.path("needsReview").forEach(h -> overdue.add(h.path("title").asText()));
        assertFalse(overdue.isEmpty());
        for (JsonNode h : b.path("needsReview")) {
            assertEquals("overdue", h.path("reviewStatus").asText());
        }
        assertEquals("fair.mp3", b.path("audio").path("path").asText());
        assertEquals(Files.size(out.resolve("fair.mp3")), b.path("audio").path("bytes").asLong());
        assertEquals("fair.vtt", b.path("captions").path("path").asText());
        assertEquals(-19, b.path("audio").path("loudnessLufs").asDouble(), 0.5);
    }

    @Test
    @Order(2)
    void theIndexPageHasABookletsSection() throws Exception {
        String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("Fair <folder>"), "escaped");
        Document doc = index(out);
        Element section = doc.getElementById("booklets").parent();
        assertEquals("section", section.tagName());
        assertEquals("booklets", section.attr("aria-labelledby"));
        Element card = section.selectFirst("article");
        assertEquals("Fair <folder>", card.selectFirst("h3").text());
        assertEquals(card.selectFirst("h3").id(), card.attr("aria-labelledby"));
        JsonNode b = report(out).path("booklets").get(0);
        Element pdf = card.selectFirst("a[href=fair.pdf]");
        assertTrue(pdf.text().contains("(PDF, " + b.path("pages").asInt() + " pages, "), pdf.text());
        assertEquals("fair.mp3", card.selectFirst("audio[controls][preload=none] source").attr("src"));
        assertEquals("fair.vtt", card.selectFirst("audio track[kind=captions]").attr("src"));
        assertNotNull(card.selectFirst("a[href=fair.mp3][download]"));
        assertEquals(TITLES.size(), card.select("ol > li").size());
        assertTrue(card.select("ol > li").get(0).text().startsWith(TITLES.get(0) + ", page "));
        String staff = card.getElementById(card.selectFirst("h3").id() + "-review").nextElementSiblings().text();
        for (JsonNode h : b.path("needsReview")) {
            assertTrue(staff.contains(h.path("title").asText() + " (page " + h.path("startPage").asInt() + ")"), staff);
        }
        // headings never skip a level: h1, h2, h3, h4
        int level = 0;
        for (Element h : doc.select("h1, h2, h3, h4")) {
            int l = h.tagName().charAt(1) - '0';
            assertTrue(l <= level + 1, "heading " + h.text() + " skips a level");
            level = l;
        }
        assertEquals(3, doc.select("#handouts ~ article").size(), "handout cards are still there");
    }

    @Test
    @Order(3)
    void theCompanionHasAChapterPerHandoutAndSection() throws Exception {
        Mp3File mp3 = new Mp3File(out.resolve("fair.mp3").toString());
        double seconds = report(out).path("booklets").get(0).path("audio").path("durationSeconds").asDouble();
        assertEquals(seconds * 1000, mp3.getLengthInMilliseconds(), 150);
        assertEquals("Fair <folder>", mp3.getId3v2Tag().getTitle());
        assertEquals("Riverside", mp3.getId3v2Tag().getArtist());
        List<String> chapters = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        long end = 0;
        for (ID3v2ChapterFrameData c : mp3.getId3v2Tag().getChapters()) {
            byte[] data = c.getSubframes().get(0).getData();
            chapters.add(new String(data, 1, data.length - 1, StandardCharsets.UTF_8));
            ids.add(c.getId());
            assertEquals(end, c.getStartTime(), "chapters in order, end to end");
            end = c.getEndTime();
        }
        // handouts in book order, each followed by its own sections
        List<String> handouts = new ArrayList<>();
        String current = null;
        for (String c : chapters) {
            if (current != null && c.startsWith(current + ": ")) {
                continue;
            }
            current = c;
            handouts.add(c);
        }
        assertEquals(TITLES, handouts, chapters.toString());
        assertTrue(chapters.size() > TITLES.size() + 3, "sections too: " + chapters);
        List<ID3v2ChapterTOCFrameData> toc = mp3.getId3v2Tag().getChapterTOC();
        assertEquals(1, toc.size());
        assertTrue(toc.get(0).isRoot() && toc.get(0).isOrdered());
        assertEquals(ids, Arrays.asList(toc.get(0).getChildren()));
        String vtt = Files.readString(out.resolve("fair.vtt"), StandardCharsets.UTF_8);
        assertTrue(vtt.startsWith("WEBVTT\n\n"));
        long last = -1;
        int cues = 0;
        for (String line : vtt.split("\n")) {
            if (line.contains(" --> ")) {
                String[] t = line.split(" --> ");
                long start = ms(t[0]);
                long stop = ms(t[1]);
                assertTrue(start >= last && stop > start && stop <= mp3.getLengthInMilliseconds(), line);
                last = stop;
                cues++;
            }
        }
        assertTrue(cues > 50, "cues: " + cues);
    }

    private static long ms(String t) {
        String[] p = t.split("[:.]");
        return ((Long.parseLong(p[0]) * 60 + Long.parseLong(p[1])) * 60 + Long.parseLong(p[2])) * 1000
                + Long.parseLong(p[3]);
    }

    @Test
    @Order(4)
    void theNextBuildAndMergeKeepTheBooklet() throws Exception {
        assertEquals(0, BookletCommandTest.run(EPOCH, "build", "examples", "--no-audio", "-q", "-o", out.toString())
                .exit());
        assertEquals("fair.pdf", report(out).path("booklets").get(0).path("path").asText());
        assertNotNull(index(out).getElementById("booklets"));
        Path merged = dir.resolve("merged");
        BookletCommandTest.Run m = BookletCommandTest.run(null, "merge", out.toString(), "-q", "-o", merged.toString());
        assertEquals(0, m.exit(), m.err());
        assertEquals(1, report(merged).path("booklets").size());
        for (String f : List.of("fair.pdf", "fair.mp3", "fair.vtt")) {
            assertEquals(Files.size(out.resolve(f)), Files.size(merged.resolve(f)), f);
        }
        assertNotNull(index(merged).selectFirst("#booklets ~ article a[href=fair.pdf]"));
        Files.delete(out.resolve("fair.pdf"));
        assertEquals(0, BookletCommandTest.run(EPOCH, "build", "examples", "--no-audio", "-q", "-o", out.toString())
                .exit());
        assertEquals(0, report(out).path("booklets").size(), "a deleted booklet drops out");
    }

    @Test
    @Order(5)
    void neverOverwritesAHandoutOrSomeoneElsesIndex() throws Exception {
        BookletCommandTest.Run clash = BookletCommandTest.run(EPOCH, "booklet", "examples/lymphedema.txt",
                "--no-audio", "-o", out.resolve("lymphedema.pdf").toString());
        assertEquals(2, clash.exit());
        assertTrue(clash.err().contains("would overwrite"), clash.err());
        Path theirs = dir.resolve("site");
        Files.createDirectories(theirs);
        Files.writeString(theirs.resolve("index.html"), "<p>our own page</p>");
        BookletCommandTest.Run r = BookletCommandTest.run(EPOCH, "booklet", "examples/lymphedema.txt", "--no-audio",
                "-o", theirs.resolve("book.pdf").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("<p>our own page</p>", Files.readString(theirs.resolve("index.html")));
        assertFalse(Files.exists(theirs.resolve("report.json")));
        assertTrue(r.err().contains("not listed"), r.err());
    }
}
