package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;

class LexiconTest {
    static Path fixture(String name) {
        try {
            return Path.of(LexiconTest.class.getResource("/audio/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bundledLexiconCoversDrugAndMedicalWords() {
        Lexicon lex = Lexicon.load(List.of());
        assertTrue(lex.size() >= 40, "entries: " + lex.size());
        for (String word : List.of("trastuzumab", "pertuzumab", "metastases", "oncologist", "lymphedema", "tyrosine",
                "kinase", "capecitabine", "lapatinib", "tucatinib", "neratinib")) {
            assertTrue(lex.alias(word) != null, word);
        }
    }

    @Test
    void respellsWholeWordsIgnoringCase() {
        Lexicon lex = Lexicon.load(List.of());
        assertEquals("tras too zoo mab helps. Oncologists", lex.respell("Trastuzumab helps. Oncologists"));
    }

    @Test
    void userLexiconAddsAndOverrides() {
        Lexicon base = Lexicon.load(List.of());
        Lexicon lex = Lexicon.load(List.of(fixture("extra.pls")));
        assertEquals("zan ih dat uh mab", lex.alias("zanidatamab"));
        assertEquals("trass two zoo mab", lex.alias("Herzuma"));
        assertEquals("trass two zoo mab", lex.alias("trastuzumab"));
        assertNotEquals(base.fingerprint(), lex.fingerprint());
        assertEquals(lex.fingerprint(), Lexicon.load(List.of(fixture("extra.pls"))).fingerprint());
    }

    @Test
    void malformedFilesAreUsageErrorsNamingTheFile() {
        for (String bad : List.of("malformed.pls", "xxe.pls", "wrong-root.pls")) {
            CarePrintException e = assertThrows(CarePrintException.class,
                    () -> Lexicon.load(List.of(fixture(bad))), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        CarePrintException missing = assertThrows(CarePrintException.class,
                () -> Lexicon.load(List.of(Path.of("no-such-file.pls"))));
        assertTrue(missing.getMessage().contains("no-such-file.pls"));
    }
}
