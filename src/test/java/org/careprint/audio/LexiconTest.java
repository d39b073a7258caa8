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
        assertTrue(lex.intendedPhonemes().size() >= 2500, "entries: " + lex.intendedPhonemes().size());
        for (String word : List.of("trastuzumab", "pertuzumab", "metastases", "oncologist", "lymphedema", "tyrosine",
                "kinase", "capecitabine", "lapatinib", "tucatinib", "neratinib", "sjogren", "nsaid")) {
            assertTrue(lex.intendedPhonemes().get(word).matches("[a-z]+[012]?( [a-z]+[012]?)*"), word);
        }
        assertTrue(lex.wordAcronyms().containsAll(List.of("PET", "PARP", "NSAID", "ACE", "HIPAA")),
                "acronyms said as words: the normalizer leaves them to the lexicon");
    }

    @Test
    void respellsWholeWordsIgnoringCase() {
        Lexicon lex = Lexicon.load(List.of());
        // Bundled respellings are only for spellings a voice would read letter by letter ("prefer"); phones otherwise.
        assertEquals("en seds help. en said. Oncologists", lex.respell("NSAIDs help. nsaid. Oncologists"));
        assertEquals("en said", lex.alias("NSAID"));
        assertTrue(!lex.phonemes().containsKey("nsaid") && lex.phonemes().containsKey("trastuzumab"),
                "a preferred respelling is not offered to voices as phones");
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
    void userPhonesOverrideAndCapitalizedGraphemesAreWordAcronyms() {
        Lexicon lex = Lexicon.load(List.of(fixture("phones.pls")));
        assertEquals("t ah0 m aa1 t ow2", lex.phonemes().get("tomato"));
        assertTrue(lex.wordAcronyms().contains("FOLFIRI"));
        FreeTtsVoice voice = new FreeTtsVoice();
        voice.useLexicon(lex);
        assertEquals(List.of("t", "ax", "m", "aa", "t", "ow"), voice.phones("tomato"), "the user's phones, said");
    }

    @Test
    void malformedFilesAreUsageErrorsNamingTheFile() {
        for (String bad : List.of("malformed.pls", "xxe.pls", "wrong-root.pls", "ipa.pls")) {
            CarePrintException e = assertThrows(CarePrintException.class,
                    () -> Lexicon.load(List.of(fixture(bad))), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        CarePrintException missing = assertThrows(CarePrintException.class,
                () -> Lexicon.load(List.of(Path.of("no-such-file.pls"))));
        assertTrue(missing.getMessage().contains("no-such-file.pls"));
    }
}
