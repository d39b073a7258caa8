package org.careprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.careprint.report.ReportJson;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.junit.jupiter.api.Test;

/** feed.xml parses with ROME; each item's enclosure, chapters and transcript match the files beside it. */
class PodcastFeedTest {
    private static final Namespace PODCAST = Namespace.getNamespace("https://podcastindex.org/namespace/1.0");

    @Test
    void feedParsesAndItsEnclosuresMatchTheFiles() throws Exception {
        Path out = BookFixtures.built();
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(out.resolve("feed.xml").toFile()));
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Patient handouts from " + BookFixtures.ORG + " (audio)", feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(3, entries.size(), "one item per audio edition");
        JsonNode docs = ReportJson.MAPPER.readTree(out.resolve("report.json").toFile()).path("documents");
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            JsonNode doc = docs.get(i);
            assertEquals(doc.path("title").asText(), e.getTitle());
            SyndEnclosure enclosure = e.getEnclosures().get(0);
            String mp3 = doc.path("outputs").path("audio").path("path").asText();
            assertEquals(BookFixtures.AUDIO_URL + "/" + mp3, enclosure.getUrl());
            assertEquals(Files.size(out.resolve(mp3)), enclosure.getLength(), "enclosure length is the file's");
            assertEquals("audio/mpeg", enclosure.getType());
            String date = doc.path("updated").isTextual() ? doc.path("updated").asText() : doc.path("reviewed").asText();
            assertEquals(LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC), e.getPublishedDate().toInstant());
            String description = e.getDescription().getValue();
            assertTrue(description.startsWith("Medically reviewed on "), description);
            assertTrue(description.contains("Next review due "), description);

            List<Element> foreign = e.getForeignMarkup();
            Element chapters = foreign.stream().filter(x -> x.getName().equals("chapters") && x.getNamespace().equals(PODCAST))
                    .findFirst().orElse(null);
            assertNotNull(chapters, "podcast:chapters");
            assertEquals("application/json+chapters", chapters.getAttributeValue("type"));
            String chaptersName = chapters.getAttributeValue("url").substring(BookFixtures.AUDIO_URL.length() + 1);
            JsonNode json = ReportJson.MAPPER.readTree(out.resolve(chaptersName).toFile());
            assertEquals(doc.path("outputs").path("audio").path("chapters").asInt(), json.path("chapters").size(),
                    "the chapters file has the MP3's chapters");
            assertEquals("Opening", json.path("chapters").get(0).path("title").asText());
            Element transcript = foreign.stream().filter(x -> x.getName().equals("transcript")).findFirst().orElse(null);
            assertNotNull(transcript, "podcast:transcript");
            assertEquals("text/vtt", transcript.getAttributeValue("type"));
            assertTrue(Files.isRegularFile(out.resolve(transcript.getAttributeValue("url")
                    .substring(BookFixtures.AUDIO_URL.length() + 1))));
            String duration = foreign.stream().filter(x -> x.getName().equals("duration")).findFirst().orElseThrow().getText();
            assertEquals(Math.round(doc.path("outputs").path("audio").path("durationSeconds").asDouble()),
                    Long.parseLong(duration));
        }
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<a href=\"feed.xml\">Subscribe to the audio editions"), "the index page links the feed");
    }
}
