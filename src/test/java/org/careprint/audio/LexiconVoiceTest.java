package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every bundled lexicon entry run through kevin16's front end: the phones it will say. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LexiconVoiceTest {
    private AudioRenderer renderer;
    private final Lexicon lexicon = Lexicon.load(List.of());

    @BeforeAll
    void voice() {
        renderer = new AudioRenderer(AudioOptions.defaults());
    }

    @Test
    void everyEntryWithPhonemesSoundsAsIntended() {
        Map<String, String> phonemes = lexicon.intendedPhonemes();
        assertTrue(phonemes.size() >= 2500, "entries with phonemes: " + phonemes.size());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : phonemes.entrySet()) {
            String said = String.join(" ", renderer.phones(e.getKey(), true));
            String wanted = String.join(" ", FreeTtsLexicon.toVoicePhones(e.getValue())).replaceAll("\\d", "");
            if (!said.equals(wanted)) {
                wrong.add(e.getKey() + ": wanted [" + wanted + "] voice says [" + said + "]");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noRespellingIsReadAsTooMooLooVooPoo() {
        // kevin16 reads a consonant + "uh" syllable as "uw": "tuh" = too. No alias may contain one, and no alias
        // may make the voice say "uw" where the spelling has no oo/u/ew.
        List<String> wrong = new ArrayList<>();
        for (String word : List.of("metastases", "metastasis", "metastasize", "lymphedema", "lapatinib", "tamoxifen",
                "talazoparib", "bevacizumab", "mastectomy", "lumpectomy", "carcinoma", "edema", "systemic")) {
            String alias = lexicon.alias(word);
            if (alias != null && alias.matches("(?i).*\\b[^aeiou\\s]+uh\\b.*")) {
                wrong.add(word + " -> " + alias);
            }
            List<String> phones = renderer.phones(word, true);
            if (phones.contains("uw") && !word.matches(".*(u|oo|ew).*")) {
                wrong.add(word + " says uw: " + phones);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void wordsTheVoiceSaysRightNeedNoEntryAndMissingWordsAreCovered() {
        for (String word : List.of("carcinoma", "edema")) {
            assertEquals(null, lexicon.alias(word), word + " is right in kevin16's own dictionary");
        }
        assertEquals(List.of("k", "aa", "r", "s", "ax", "n", "ow", "m", "ax"), renderer.phones("carcinoma", true));
        for (String word : List.of("adrenocortical", "pheochromocytoma", "bioimpedance", "adrenalectomy")) {
            assertTrue(lexicon.alias(word) != null || lexicon.phonemes().containsKey(word), word);
        }
        assertEquals("iy", renderer.phones("adrenocortical", true).get(3), "a-DREE-no, not a-druh-no");
    }

    @Test
    void petAndParpAreWordsAndTkisAreTeeKayEyes() {
        TextNormalizer n = new TextNormalizer();
        assertEquals("a PET scan", n.normalize("a PET scan"));
        assertEquals("PARP inhibitors", n.normalize("PARP inhibitors"));
        assertEquals("T K eyes", n.normalize("TKIs"));
        assertEquals(List.of("t", "iy", "k", "ey", "ay", "z"), renderer.phones(n.normalize("TKIs"), true));
    }
}
