package org.careprint.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private final Fonts fonts = new Fonts(FontFiles.bundled());
    private final LineBreaker breaker = new LineBreaker(fonts);

    @Test
    void linesRespectWidthAndCharacterLimitWithoutHyphens() {
        String text = "Participating in a clinical trial also helps researchers develop better treatments for "
                + "people diagnosed in the future, and your doctor can tell you which trials are open nearby.";
        List<Line> lines = breaker.lines(List.of(Span.plain(text)), 18, 468, 65);
        assertTrue(lines.size() > 1);
        StringBuilder joined = new StringBuilder();
        for (Line line : lines) {
            assertTrue(line.width() <= 468.01, "too wide: " + line.text());
            assertTrue(line.text().length() <= 65, "too many characters: " + line.text());
            assertFalse(line.text().endsWith("-") && !text.contains(line.text()), "hyphen added: " + line.text());
            if (line != lines.get(lines.size() - 1)) {
                assertTrue(line.text().endsWith(" "), "a soft wrap keeps its space: '" + line.text() + "'");
            }
            joined.append(line.text());
        }
        assertEquals(text, joined.toString(), "no word lost or changed, no word glued at a wrap");
    }

    @Test
    void characterLimitWinsOverWidth() {
        String text = "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p";
        for (Line line : breaker.lines(List.of(Span.plain(text)), 18, 2000, 20)) {
            assertTrue(line.chars() <= 20, line.text());
        }
    }

    @Test
    void overlongWordIsCutBetweenCharactersAndKept() {
        String url = "https://example.org/a/very/long/path/to/the/audio/edition/of/this/handout.mp3";
        List<Line> lines = breaker.lines(List.of(Span.plain(url)), 24, 200, 65);
        assertTrue(lines.size() > 1);
        StringBuilder joined = new StringBuilder();
        lines.forEach(l -> joined.append(l.text()));
        assertEquals(url, joined.toString());
        for (Line line : lines.subList(0, lines.size() - 1)) {
            char last = line.text().charAt(line.text().length() - 1);
            assertTrue("/.-?&=_#".indexOf(last) >= 0, "URL should break after a separator: " + line.text());
        }
        String glued = "Supercalifragilisticexpialidociousandevenlongerthanthatwithoutanybreakpoints";
        List<Line> cut = breaker.lines(List.of(Span.plain("See " + glued)), 24, 200, 65);
        assertEquals("See ", cut.get(0).text(), "the wrap before the cut word keeps its space");
        StringBuilder rest = new StringBuilder();
        cut.subList(1, cut.size()).forEach(l -> rest.append(l.text()));
        assertEquals(glued, rest.toString(), "no space or hyphen inserted inside a cut word");
    }

    @Test
    void symbolsMissingFromAtkinsonGoToTheFallbackFace() {
        for (String symbol : List.of("\u2713", "\u2192", "\u2265", "\u2264", "\u00B5")) {
            int cp = symbol.codePointAt(0);
            assertFalse(fonts.missing(cp), symbol + " has no glyph in any bundled font");
        }
        List<Fonts.Run> runs = fonts.runs("check \u2713 done", false);
        assertEquals(3, runs.size(), "main, fallback, main");
        assertTrue(runs.get(1).font().getPostscriptFontName().contains("DejaVu"));
        assertTrue(runs.get(0).font().getPostscriptFontName().contains("Atkinson"));
    }

    @Test
    void invisibleCharactersAreDroppedAndSoftHyphensNeverShow() {
        assertEquals("co-operate now", LineBreaker.clean("co-oper\u00ADate\u200B now"));
    }
}
