package org.careprint.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.careprint.report.ReportJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Package metadata (EPUB Accessibility 1.1, review dates), navigation, report entries and reproducible bytes. */
class BookPackageTest {
    @Test
    void accessibilityAndReviewMetadataArePresent() throws Exception {
        Path book = BookFixtures.built().resolve("bone-metastases.epub");
        Document opf = Jsoup.parse(BookFixtures.text(BookFixtures.entries(book), "EPUB/package.opf"), "", Parser.xmlParser());
        assertEquals(List.of("textual", "auditory"), values(opf, "schema:accessMode"));
        assertEquals(List.of("textual", "auditory", "textual,auditory"), values(opf, "schema:accessModeSufficient"));
        assertTrue(values(opf, "schema:accessibilityFeature").containsAll(List.of("synchronizedAudioText",
                "tableOfContents", "readingOrder", "printPageNumbers", "structuralNavigation", "largePrint")));
        assertEquals(List.of("none"), values(opf, "schema:accessibilityHazard"));
        assertTrue(values(opf, "schema:accessibilitySummary").get(0).contains("highlighted as it is spoken"));
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), values(opf, "dcterms:conformsTo"));
        assertEquals(List.of("2026-03-02"), values(opf, "schema:lastReviewed"));
        assertEquals(List.of("2026-04-15"), values(opf, "schema:dateModified"));
        assertEquals(List.of("start=2026-03-02; end=2027-09-02; scheme=W3C-DTF;"), values(opf, "dcterms:valid"));
        assertEquals("Marcus Ellery, MD", opf.selectFirst("dc|contributor").text());
        assertEquals("rev", opf.selectFirst("meta[refines=#reviewer][property=role]").text());
        assertEquals(BookFixtures.ORG, opf.selectFirst("dc|publisher").text());
        assertEquals("2026-04-15T00:00:00Z", values(opf, "dcterms:modified").get(0));
        assertTrue(values(opf, "media:duration").get(0).matches("0:0\\d:\\d\\d\\.\\d{3}"));
        String content = BookFixtures.text(BookFixtures.entries(book), "EPUB/content.xhtml");
        assertTrue(content.contains("Medically reviewed on March 2, 2026."), "review dates are visible too");
        assertTrue(content.contains("Reviewed by Marcus Ellery, MD."));
        assertTrue(content.contains("Next review due September 2, 2027."));
    }

    @Test
    void navigationHasEveryHeadingThePrintedPagesAndLandmarks() throws Exception {
        JsonNode docs = ReportJson.MAPPER.readTree(BookFixtures.built().resolve("report.json").toFile()).path("documents");
        for (JsonNode doc : docs) {
            JsonNode epub = doc.path("outputs").path("epub");
            Path book = BookFixtures.built().resolve(epub.path("path").asText());
            assertEquals(Files.size(book), epub.path("bytes").asLong(), "report.json lists the book");
            Map<String, byte[]> zip = BookFixtures.entries(book);
            Document nav = Jsoup.parse(BookFixtures.text(zip, "EPUB/nav.xhtml"), "", Parser.xmlParser());
            Document content = Jsoup.parse(BookFixtures.text(zip, "EPUB/content.xhtml"), "", Parser.xmlParser());
            List<String> tocTargets = nav.select("nav[epub:type=toc] a").eachAttr("href");
            for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
                assertTrue(tocTargets.contains("content.xhtml#" + h.id()), "contents list " + h.text());
            }
            int pages = doc.path("outputs").path("pdf").path("pages").asInt();
            List<Element> pageLinks = nav.select("nav[epub:type=page-list] a");
            assertEquals(pages, pageLinks.size(), "one page-list entry per printed page");
            assertEquals(pages, epub.path("printPages").asInt());
            for (int p = 1; p <= pages; p++) {
                assertEquals(String.valueOf(p), pageLinks.get(p - 1).text());
                assertNotNull(content.getElementById("page" + p), "page " + p + " is marked in the text");
            }
            List<String> landmarks = nav.select("nav[epub:type=landmarks] a").eachAttr("epub:type");
            assertEquals(List.of("toc", "bodymatter", "glossary"), landmarks);
            String index = Files.readString(BookFixtures.built().resolve("index.html"), StandardCharsets.UTF_8);
            assertTrue(index.contains("href=\"" + epub.path("path").asText() + "\""), "the index page links the book");
        }
    }

    @Test
    void bytesAreReproducibleAndTheSameWhenTheBookSpeaksForItself(@TempDir Path tmp) throws Exception {
        Path first = BookFixtures.built().resolve("what-is-a-biopsy.epub");
        byte[] bytes = Files.readAllBytes(first);
        assertEquals("mimetype", new String(bytes, 30, 8, StandardCharsets.US_ASCII), "mimetype is the first entry");
        assertEquals(0, bytes[8] | bytes[9] << 8, "and stored");
        assertEquals("application/epub+zip", new String(bytes, 38, 20, StandardCharsets.US_ASCII));
        BookFixtures.Run run = BookFixtures.cli("build", "examples/what-is-a-biopsy.html", "-o", tmp.toString(),
                "--org", BookFixtures.ORG, "--audio-url", BookFixtures.AUDIO_URL, "--no-audio", "--epub", "--today",
                "2026-06-01");
        assertTrue(run.exit() <= 1, run.err());
        // Without audio the handout has no QR code, so its pages break elsewhere: only the page marks may differ.
        Map<String, byte[]> handed = BookFixtures.entries(first);
        Map<String, byte[]> alone = BookFixtures.entries(tmp.resolve("what-is-a-biopsy.epub"));
        assertEquals(List.copyOf(handed.keySet()), List.copyOf(alone.keySet()));
        for (String name : handed.keySet()) {
            if (name.endsWith(".xhtml")) {
                assertEquals(withoutPages(BookFixtures.text(handed, name)), withoutPages(BookFixtures.text(alone, name)), name);
            } else {
                assertArrayEquals(handed.get(name), alone.get(name), name + ": the book synthesizes the same MP3 itself");
            }
        }
        try (java.util.zip.ZipFile a = new java.util.zip.ZipFile(first.toFile());
             java.util.zip.ZipFile b = new java.util.zip.ZipFile(tmp.resolve("what-is-a-biopsy.epub").toFile())) {
            assertEquals(a.stream().map(e -> e.getName() + " " + e.getTime() + " " + e.getMethod()).toList(),
                    b.stream().map(e -> e.getName() + " " + e.getTime() + " " + e.getMethod()).toList(), "fixed times");
        }
        assertTrue(Arrays.stream(tmp.toFile().list()).noneMatch(n -> n.endsWith(".mp3")));
    }

    private static String withoutPages(String xhtml) {
        return xhtml.replaceAll("<span epub:type=\"pagebreak\"[^>]*></span>", "").replaceAll("(?s)<nav epub:type=\"page-list\".*?</nav>", "");
    }

    private static List<String> values(Document opf, String property) {
        return opf.select("meta[property=" + property + "]").stream().filter(e -> !e.hasAttr("refines"))
                .map(Element::text).toList();
    }
}
