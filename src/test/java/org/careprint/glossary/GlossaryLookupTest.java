package org.careprint.glossary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryLookupTest {
    private static final Glossary SMALL = Glossary.of(List.of(
            new GlossaryEntry("lymph node", "A small gland.", List.of("lymph gland")),
            new GlossaryEntry("metastasis", "Spread to a new place.", List.of()),
            new GlossaryEntry("therapy", "Care that treats.", List.of()),
            new GlossaryEntry("nucleus", "The center of a cell.", List.of()),
            new GlossaryEntry("bacterium", "A tiny germ.", List.of()),
            new GlossaryEntry("blood-brain barrier", "A wall around the brain's vessels.", List.of()),
            new GlossaryEntry("Hodgkin's lymphoma", "A blood cancer.", List.of()),
            new GlossaryEntry("tyrosine kinase inhibitor", "A pill that blocks growth signals.", List.of("TKI")),
            new GlossaryEntry("mass", "A lump.", List.of())));

    private static String term(String phrase) {
        return SMALL.lookup(phrase).map(GlossaryEntry::term).orElse(null);
    }

    @Test
    void foldsPluralsOfTheLastWord() {
        assertEquals("lymph node", term("lymph nodes"));
        assertEquals("lymph node", term("Lymph Glands"));
        assertEquals("metastasis", term("metastases"));
        assertEquals("therapy", term("therapies"));
        assertEquals("nucleus", term("nuclei"));
        assertEquals("bacterium", term("bacteria"));
        assertEquals("mass", term("masses"));
        assertEquals("tyrosine kinase inhibitor", term("TKIs"));
        assertEquals("tyrosine kinase inhibitor", term("tyrosine kinase inhibitors"));
    }

    @Test
    void ignoresCaseHyphensCurlyApostrophesSpacingAndSurroundingPunctuation() {
        assertEquals("blood-brain barrier", term("blood brain  barrier"));
        assertEquals("blood-brain barrier", term("Blood\u2013Brain Barrier,"));
        assertEquals("Hodgkin's lymphoma", term("Hodgkin\u2019s lymphoma"));
        assertEquals("lymph node", term("  (lymph\u00a0node)  "));
        assertEquals(null, term("lymph"));
        assertEquals(null, term(""));
    }

    @Test
    void knownWordsComeFromHeadwordsAndAliases() {
        assertTrue(SMALL.isKnownWord("tyrosine"));
        assertTrue(SMALL.isKnownWord("TKIs"));
        assertTrue(SMALL.isKnownWord("barriers"));
        assertTrue(SMALL.isKnownWord("blood-brain"));
        assertFalse(SMALL.isKnownWord("kinaise"));
    }

    @Test
    void overlayWinsAndKeepsTheReplacedEntrysOtherForms() {
        Glossary user = Glossary.load(Fixtures.path("overlay.yaml"));
        Glossary merged = SMALL.overlay(user);
        assertEquals(SMALL.size() + 1, merged.size());
        String ours = "Our clinic's words for a small gland in the lymph system.";
        assertEquals(ours, merged.lookup("lymph nodes").orElseThrow().definition());
        assertEquals(ours, merged.lookup("lymph gland").orElseThrow().definition());
        assertEquals("The lowest point of your blood counts after chemo.", merged.lookup("nadir").orElseThrow().definition());
        assertEquals("A lump.", merged.lookup("mass").orElseThrow().definition());
        // the base glossary itself is unchanged
        assertEquals("A small gland.", SMALL.lookup("lymph node").orElseThrow().definition());
    }

    @Test
    void fingerprintIsStableAndFollowsContent() {
        Glossary again = Glossary.of(List.copyOf(SMALL.entries()));
        assertEquals(SMALL.fingerprint(), again.fingerprint());
        assertEquals(64, SMALL.fingerprint().length());
        Glossary changed = SMALL.overlay(Glossary.of(List.of(new GlossaryEntry("mass", "A bump.", List.of()))));
        assertNotEquals(SMALL.fingerprint(), changed.fingerprint());
    }

    @Test
    void builtInIsLoadedOnce() {
        assertSame(Glossary.builtIn(), Glossary.builtIn());
    }
}
