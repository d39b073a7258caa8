package org.careprint.glossary;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the built-in glossary against the health-literacy rules in STANDARDS.md. Grade is
 * Flesch-Kincaid over the whole definition text (nothing excluded: definitions never contain their own
 * headword), with the common vowel-group syllable heuristic below.
 */
class GlossaryDataQualityTest {
    private static final Glossary BUILT_IN = Glossary.builtIn();
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'\u2019/\\-]*");

    private static final java.util.Set<String> CATEGORIES = java.util.Set.of("diagnosis", "cancer-types", "treatment",
            "drugs", "side-effects", "tests", "genetics", "body", "care-team", "rights", "research", "survivorship",
            "everyday-health", "conditions", "insurance");

    @Test
    void hasAtLeastThreeThousandDefinedEntries() {
        long defined = BUILT_IN.entries().stream().filter(GlossaryEntry::hasDefinition).count();
        assertTrue(defined >= 3000, "entries with their own definition: " + defined);
    }

    @Test
    void everyEntryHasAKnownCategoryAndEveryBroaderLinkResolves() {
        List<String> bad = new ArrayList<>();
        for (GlossaryEntry e : BUILT_IN.entries()) {
            if (!CATEGORIES.contains(e.category())) {
                bad.add(e.term() + ": category " + e.category());
            }
            if (e.broader() != null) {
                java.util.Optional<GlossaryEntry> target = BUILT_IN.lookup(e.broader());
                if (target.isEmpty() || target.get() == e) {
                    bad.add(e.term() + ": broader " + e.broader());
                }
            }
            if (!e.hasDefinition() && (e.broader() == null || BUILT_IN.resolve(e.term()).isEmpty())) {
                bad.add(e.term() + ": neither a definition nor a broader entry with one");
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyDeclaredCompositionReadsWell() {
        Composer composer = BUILT_IN.composer();
        List<String> bad = new ArrayList<>();
        int combinations = 0;
        for (Composer.Pattern p : composer.patterns()) {
            for (String gloss : p.glossModifiers().values()) {
                if (words(gloss).size() > 12 || fleschKincaid(gloss) > 8.0) {
                    bad.add(p.name() + ": gloss \"" + gloss + "\"");
                }
            }
            for (String m : p.entryModifiers()) {
                if (BUILT_IN.lookup(m).filter(GlossaryEntry::hasDefinition).isEmpty()) {
                    bad.add(p.name() + ": modifier " + m + " is not a defined entry");
                }
            }
            List<String> modifiers = new ArrayList<>(p.entryModifiers());
            modifiers.addAll(p.glossModifiers().keySet());
            for (GlossaryEntry head : BUILT_IN.entries()) {
                if (!head.hasDefinition() || !(head.term().equals(p.headCategory()) || head.category().equals(p.headCategory())
                        || p.heads().contains(PhraseNormalizer.normalize(head.term())))) {
                    continue;
                }
                for (String m : modifiers) {
                    String phrase = m + " " + head.term();
                    if (BUILT_IN.lookup(phrase).isPresent()) {
                        continue; // an entry for the whole phrase wins
                    }
                    java.util.Optional<Glossary.Resolution> r = BUILT_IN.resolve(phrase);
                    combinations++;
                    if (r.isEmpty()) {
                        bad.add(phrase + ": does not compose");
                    } else if (words(r.get().definition()).size() > 40) {
                        bad.add(phrase + ": " + words(r.get().definition()).size() + " words");
                    }
                }
            }
        }
        assertTrue(combinations > 1000, "combinations " + combinations);
        assertEquals(List.of(), bad);
    }

    @Test
    void everyDefinitionIsAtMostTwentyFiveWords() {
        List<String> tooLong = new ArrayList<>();
        for (GlossaryEntry e : BUILT_IN.entries()) {
            if (!e.hasDefinition()) {
                continue;
            }
            int words = words(e.definition()).size();
            if (words > 25) {
                tooLong.add(e.term() + " (" + words + ")");
            }
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void everyDefinitionReadsAtGradeEightOrBelow() {
        List<String> hard = new ArrayList<>();
        for (GlossaryEntry e : BUILT_IN.entries()) {
            if (!e.hasDefinition()) {
                continue;
            }
            double grade = fleschKincaid(e.definition());
            if (grade > 8.0) {
                hard.add(String.format(Locale.ROOT, "%s %.2f", e.term(), grade));
            }
        }
        assertEquals(List.of(), hard);
    }

    @Test
    void noDefinitionUsesItsOwnHeadwordOrAlias() {
        List<String> circular = new ArrayList<>();
        for (GlossaryEntry e : BUILT_IN.entries()) {
            if (!e.hasDefinition()) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            for (String w : words(e.definition())) {
                tokens.add(w);
            }
            for (int n = 1; n <= BUILT_IN.maxTermWords(); n++) {
                for (int i = 0; i + n <= tokens.size(); i++) {
                    String phrase = String.join(" ", tokens.subList(i, i + n));
                    if (BUILT_IN.lookup(phrase).filter(hit -> hit.term().equals(e.term())).isPresent()) {
                        circular.add(e.term() + ": \"" + phrase + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), circular);
    }

    @Test
    void noHeadwordOrAliasRepeatsAcrossEntries() {
        Map<String, String> owner = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        for (GlossaryEntry e : BUILT_IN.entries()) {
            for (String form : Glossary.forms(e)) {
                String key = PhraseNormalizer.normalize(form);
                String previous = owner.putIfAbsent(key, e.term());
                if (previous != null && !previous.equals(e.term())) {
                    repeats.add(form + " in " + previous + " and " + e.term());
                }
            }
        }
        assertEquals(List.of(), repeats);
    }

    @Test
    void everyTermMarkedOnTheReferencePageResolves() {
        List<String> seed = List.of("metastatic", "stage", "stage IV", "lymph", "lymph node", "lymph nodes",
                "hormone receptor", "breast cancer", "stage IV breast cancer", "HER2-targeted therapy",
                "HER2-targeted therapies", "targeted therapy", "metastasis", "metastases", "medical oncologist",
                "biopsy", "abnormal", "imaging", "receptor", "diagnosis", "central nervous system", "protein",
                "hormonal therapy", "clinical", "clinical trial", "clinical trials", "systemic", "trastuzumab",
                "pertuzumab", "blood-brain barrier", "blood brain barrier", "surgery", "radiation therapy", "HER2",
                "HER2/neu", "BRCA1/2", "carcinoma in situ", "early-stage breast cancer",
                "human epidermal growth factor receptor 2", "tyrosine kinase inhibitor", "TKI", "TKIs",
                "monoclonal antibodies", "chemotherapy", "CNS", "HER2-positive", "triple-negative",
                "hormone receptor-positive");
        List<String> missing = seed.stream().filter(t -> BUILT_IN.lookup(t).isEmpty()).toList();
        assertEquals(List.of(), missing);
        assertEquals("metastatic breast cancer", BUILT_IN.lookup("stage IV breast cancer").orElseThrow().term());
        assertEquals("HER2", BUILT_IN.lookup("human epidermal growth factor receptor 2").orElseThrow().term());
    }

    @Test
    void drugNamesAndTermWordsAreKnownToTheSpellingCheck() {
        for (String word : List.of("trastuzumab", "pertuzumab", "TKIs", "HER2", "metastases", "blood-brain", "lymph")) {
            assertTrue(BUILT_IN.isKnownWord(word), word);
        }
        assertTrue(!BUILT_IN.isKnownWord("kinaise"));
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double fleschKincaid(String text) {
        List<String> words = words(text);
        int sentences = 0;
        for (String s : text.split("[.!?]+(?:\\s|$)")) {
            if (!s.isBlank()) {
                sentences++;
            }
        }
        sentences = Math.max(1, sentences);
        int syllables = 0;
        for (String w : words) {
            for (String piece : w.split("-")) {
                syllables += syllables(piece);
            }
        }
        return 0.39 * words.size() / sentences + 11.8 * syllables / words.size() - 15.59;
    }

    /** Vowel groups, minus a silent final e/es/ed; short words count as one syllable. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    @Test
    void syllableCounterIsSane() {
        assertEquals(1, syllables("cell"));
        assertEquals(2, syllables("cancer"));
        assertEquals(3, syllables("estrogen"));
        assertEquals(1, syllables("made"));
    }
}
