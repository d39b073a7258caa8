package org.careprint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader table ({@link Format}) is the only list of input formats; these pin what it said before it existed. */
class ReaderTableTest {
    private static final LoadOptions OPTIONS = LoadOptions.defaults();

    @Test
    void extensionsInTableOrder() {
        assertEquals(List.of(".txt", ".md", ".markdown", ".html", ".htm"), Format.extensionsInOrder());
        assertEquals(".txt, .md, .markdown, .html or .htm", DocumentLoader.extensionList());
    }

    @Test
    void everyFormatOwnsItsExtensionsAndReader() {
        for (String name : List.of("a.txt", "b.MD", "c.markdown", "d.HTML", "e.htm")) {
            assertTrue(DocumentLoader.isSupported(Path.of(name)), name);
        }
        assertEquals(Optional.of(Format.TEXT), Format.byName("a.TXT"));
        assertEquals(Optional.of(Format.MARKDOWN), Format.byName("b.markdown"));
        assertEquals(Optional.of(Format.HTML), Format.byName("c.htm"));
        assertEquals(Optional.empty(), Format.byName("d.pdf"));
        assertInstanceOf(TextReader.class, Format.TEXT.reader(OPTIONS));
        assertInstanceOf(MarkdownReader.class, Format.MARKDOWN.reader(OPTIONS));
        assertInstanceOf(HtmlReader.class, Format.HTML.reader(OPTIONS));
        for (Format f : Format.values()) {
            assertEquals(Format.Input.TEXT, f.input(), f + " reads decoded text");
        }
    }

    @Test
    void dotTextChoosesTheTextReaderButIsNoInput() {
        assertEquals(Optional.of(Format.TEXT), Format.byName("notes.text"));
        assertFalse(DocumentLoader.isSupported(Path.of("notes.text")));
        assertFalse(Format.isInput("notes.text"));
    }
}
