package org.careprint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // plain vowel groups
        "a,1", "I,1", "cat,1", "cancer,2", "lymph,1", "system,2", "abnormal,3", "imaging,3", "protein,2",
        "trastuzumab,4", "oncologist,4", "chemotherapy,5", "metastatic,4", "systemic,3", "inhibitors,4",
        "receptor,3", "tumors,2", "you,1", "year,1", "eye,1", "quality,3",
        // silent e, syllabic -le
        "the,1", "be,1", "free,1", "blue,1", "make,1", "one,1", "there,1", "whole,1", "hormone,2",
        "because,2", "disease,2", "medicine,3", "language,2", "table,2", "little,2", "people,2",
        // -es and -ed endings
        "makes,1", "nodes,1", "boxes,2", "changes,2", "places,2", "medicines,3", "molecules,3",
        "therapies,3", "antibodies,4", "metastases,4", "used,1", "played,1", "wanted,2", "needed,2",
        "traveled,2", "studied,2", "handled,2", "diagnosed,3",
        // vowel pairs spoken as two syllables, and ones that are not
        "radio,3", "video,3", "biopsy,3", "period,3", "serious,3", "actual,3", "usually,4", "calcium,3",
        "continuous,4", "evaluate,4", "diagnosis,4", "radiation,4", "nation,2", "region,2", "million,2",
        "union,2", "infectious,3", "special,2", "potential,3", "physician,3", "surgeon,2", "being,2",
        "going,2", "diet,2", "anxiety,4", "easier,3", "area,3", "idea,3", "nausea,3", "fatigue,2",
        "tissue,2", "science,2", "experience,4", "patient,2",
        // silent e before a suffix
        "lately,2", "completely,3", "movement,2", "management,3", "useful,2",
        // words no rule gets right
        "recipe,3", "create,2",
        // compounds are the sum of their parts
        "blood-brain,2", "HER2-positive,4"
    })
    void countsKnownWords(String word, int syllables) {
        assertEquals(syllables, Syllables.count(word));
    }

    @Test
    void noLettersNoSyllables() {
        assertEquals(0, Syllables.count("1-800"));
        assertEquals(0, Syllables.count(""));
    }
}
