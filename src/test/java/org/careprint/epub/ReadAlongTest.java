package org.careprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mpatric.mp3agic.Mp3File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Reads each book's media overlay back against its content document, its MP3 and the audio edition's WebVTT captions:
 * the one timeline both were written from must agree, phrase by phrase.
 */
class ReadAlongTest {
    /** What is said for structure rather than read from the text. */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("^(A list of .*|A table with .*|Table:.*|\\d+\\.)$");
    private static final Set<String> COMMON = Set.of("a", "an", "the", "of", "to", "and", "or", "in", "is", "it");

    @Test
    void everyPhrasePointsAtItsTextAndPlaysItsCaptionsClip() throws Exception {
        for (Path book : BookFixtures.epubs()) {
            checkReadAlong(book);
        }
    }

    /** Every par of the book's overlay points at its text and plays its caption's clip (the MP3 and VTT beside it). */
    static void checkReadAlong(Path book) throws Exception {
        {
            Map<String, byte[]> zip = BookFixtures.entries(book);
            String name = book.getFileName().toString().replace(".epub", "");
            Document content = Jsoup.parse(BookFixtures.text(zip, "EPUB/content.xhtml"), "", Parser.xmlParser());
            Document smil = Jsoup.parse(BookFixtures.text(zip, "EPUB/content.smil"), "", Parser.xmlParser());
            List<BookFixtures.VttCue> cues = BookFixtures.vtt(book.resolveSibling(name + ".vtt"));
            Path mp3 = Files.createTempFile("book", ".mp3");
            Files.write(mp3, zip.get("EPUB/audio.mp3"));
            assertTrue(Arrays.equals(zip.get("EPUB/audio.mp3"), Files.readAllBytes(book.resolveSibling(name + ".mp3"))),
                    "the book embeds the audio edition's very MP3");
            long duration = new Mp3File(mp3.toString()).getLengthInMilliseconds();
            Files.delete(mp3);

            List<Element> pars = smil.select("par");
            assertEquals(cues.size(), pars.size(), name + ": one par per caption cue");
            long previousEnd = 0;
            int verbatim = 0;
            for (int i = 0; i < pars.size(); i++) {
                Element par = pars.get(i);
                BookFixtures.VttCue cue = cues.get(i);
                String src = par.selectFirst("text").attr("src");
                assertTrue(src.startsWith("content.xhtml#"), src);
                Element target = content.getElementById(src.substring(src.indexOf('#') + 1));
                assertNotNull(target, name + ": " + src + " exists");
                Element audio = par.selectFirst("audio");
                assertEquals("audio.mp3", audio.attr("src"));
                long begin = BookFixtures.millis(audio.attr("clipBegin"));
                long end = BookFixtures.millis(audio.attr("clipEnd"));
                assertTrue(begin >= previousEnd, name + " par " + (i + 1) + ": in order, no overlap");
                assertTrue(end > begin, name + " par " + (i + 1) + ": not empty");
                assertTrue(end <= duration, name + " par " + (i + 1) + ": inside the MP3 (" + duration + " ms)");
                assertEquals(cue.start(), begin, name + " par " + (i + 1) + ": starts with its caption");
                assertEquals(cue.end(), end, name + " par " + (i + 1) + ": ends with its caption");
                previousEnd = end;
                List<String> said = words(cue.text());
                List<String> shown = new ArrayList<>(words(target.text()));
                if (target.hasClass("term")) { // a definition said after the term: the entry it links to says it
                    shown.addAll(words(content.getElementById(target.attr("href").substring(1)).text()));
                }
                if (target.hasClass("phrase")) {
                    verbatim++;
                    assertEquals(said, shown, name + ": the highlighted phrase is the caption's text");
                } else {
                    // What is said but not written is about a definition's term, a table row, a picture, a glossary
                    // entry, or the list or table it announces: never a paragraph or heading that could be highlighted.
                    assertTrue(target.is("a.term, tr, figure, div.entry, ul, ol, table, li"),
                            name + ": \"" + cue.text() + "\" points at " + target.tagName() + "#" + target.id());
                }
                if (!target.hasClass("phrase") && !ANNOUNCEMENT.matcher(cue.text()).matches()) {
                    List<String> telling = new ArrayList<>(said);
                    telling.removeAll(COMMON);
                    assertTrue(telling.stream().anyMatch(shown::contains),
                            name + ": \"" + cue.text() + "\" is about " + target.id() + " (\"" + target.text() + "\")");
                }
            }
            assertTrue(verbatim * 10 >= pars.size() * 4, name + ": phrases highlighted as written: "
                    + verbatim + " of " + pars.size());
        }
    }

    @Test
    void termsLinkToWordsToKnowAndBack() throws Exception {
        for (Path book : BookFixtures.epubs()) {
            Document content = Jsoup.parse(BookFixtures.text(BookFixtures.entries(book), "EPUB/content.xhtml"), "",
                    Parser.xmlParser());
            Element glossary = content.selectFirst("section[epub:type=glossary]");
            assertNotNull(glossary, book + " has Words to know");
            List<Element> uses = content.select("a.term[id]"); // a link cut by a phrase keeps its id once
            assertFalse(uses.isEmpty());
            for (Element use : uses) {
                Element entry = content.getElementById(use.attr("href").substring(1));
                assertNotNull(entry, use.attr("href"));
                assertTrue(glossary.select("#" + entry.id()).size() == 1, "the link goes into Words to know");
                assertEquals("#" + use.id(), entry.selectFirst("a.back").attr("href"), "and the entry links back");
            }
        }
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
