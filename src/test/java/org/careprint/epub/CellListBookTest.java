package org.careprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table cell that is a list is a list in the read-along book too, and the overlay still follows the row. */
class CellListBookTest {
    @Test
    void listCellsAreListsAndTheBookStillValidatesAndReadsAlong(@TempDir Path tmp) throws Exception {
        Path page = tmp.resolve("side-effects.md");
        Files.writeString(page, """
                ---
                title: Side effects of your cancer medicines
                reviewed: 2026-03-01
                ---

                Ask your care team which side effects to watch for.

                | Medicine | Common side effects |
                |---|---|
                | docetaxel | - Fatigue that does not get better with rest - Hair loss - Feeling sick |
                | tucatinib | Diarrhea |
                """);
        BookFixtures.Run run = BookFixtures.cli("build", page.toString(), "-o", tmp.resolve("out").toString(),
                "--no-pdf", "--today", "2026-06-01");
        assertEquals(0, run.exit(), run.err());
        Path book = tmp.resolve("out/side-effects.epub");
        assertEquals(List.of(), EpubCheckTest.problems(book));
        Document content = Jsoup.parse(BookFixtures.text(BookFixtures.entries(book), "EPUB/content.xhtml"), "",
                Parser.xmlParser());
        assertEquals(List.of("Fatigue that does not get better with rest", "Hair loss", "Feeling sick"),
                content.select("td > ul > li").eachText());
        assertTrue(content.select("td").stream().noneMatch(td -> td.text().contains("Fatigue that does not get "
                + "better with rest; Hair loss")), "no joined text where the list is drawn");
        ReadAlongTest.checkReadAlong(book);
    }
}
