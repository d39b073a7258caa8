package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.careprint.glossary.Glossary;
import org.careprint.glossary.GlossaryEntry;
import org.junit.jupiter.api.Test;

/**
 * Every word of every built-in glossary headword and alias, as kevin16 will meet it (after our normalizer and
 * respellings), is pronounced from a dictionary rather than guessed from its spelling: our lexicon, the voice's
 * own dictionaries, or one of those plus a plural or possessive ending; or it is read as letters (a single letter, or
 * an acronym the normalizer spells out). 0 uncovered.
 */
class GlossaryPronunciationTest {

    @Test
    void everyGlossaryWordIsInADictionaryOrHasAnEntry() {
        Lexicon lexicon = Lexicon.load(List.of());
        TextNormalizer normalizer = new TextNormalizer(lexicon.wordAcronyms());
        FreeTtsVoice voice = new FreeTtsVoice();
        Set<String> own = voice.useLexicon(lexicon);
        TreeMap<String, String> uncovered = new TreeMap<>();
        int words = 0;
        List<GlossaryEntry> entries = Glossary.builtIn().entries();
        for (GlossaryEntry e : entries) {
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.term());
            for (String form : forms) {
                for (String token : normalizer.normalize(form).split("[^\\p{L}'\u2019]+")) {
                    String word = token.replaceAll("^['\u2019]+|['\u2019]+$", "");
                    if (word.isEmpty()) {
                        continue;
                    }
                    words++;
                    // A respelled word is checked against its phones by LexiconVoiceTest.
                    boolean respelled = lexicon.alias(word) != null && !own.contains(word.toLowerCase(Locale.ROOT));
                    boolean letters = word.length() == 1 || voice.spells(word);
                    if (!respelled && !letters && !voice.knows(word)) {
                        uncovered.putIfAbsent(word.toLowerCase(Locale.ROOT), form);
                    }
                }
            }
        }
        assertTrue(entries.size() > 3800 && words > 10000, entries.size() + " entries, " + words + " words");
        System.out.println("glossary pronunciation: " + entries.size() + " entries, " + words + " words, "
                + uncovered.size() + " uncovered");
        assertEquals(new TreeMap<String, String>(), uncovered, "word → the glossary form it came from");
    }

    @Test
    void theVoiceKnowsPluralsAndPossessivesOfItsWordsAndOurs() {
        FreeTtsVoice voice = new FreeTtsVoice();
        voice.useLexicon(Lexicon.load(List.of()));
        assertTrue(voice.knows("Klinefelter's"), "possessive of an entry");
        assertTrue(voice.knows("kinases"), "plural of an entry");
        assertTrue(voice.knows("Parkinson"), "pruned from cmulex, in the full dictionary");
        assertTrue(!voice.knows("zqxvtrab"), "a made-up word is guessed");
        List<String> possessive = new ArrayList<>(voice.phones("Klinefelter"));
        possessive.add("z");
        assertEquals(possessive, voice.phones("Klinefelter's"));
    }
}
