package org.careprint.glossary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Words to know" lists what the reader saw, without the capital a sentence start gave it. */
class TermLabelTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Acne|true|acne|acne",
        "Cortisol|true|cortisol|cortisol",
        "Vaginal dryness|true|vaginal dryness|vaginal dryness",
        "HER2|true|HER2|HER2",
        "PET scan|true|PET scan|PET scan",
        "Lynch syndrome|true|Lynch syndrome|Lynch syndrome",
        "Hodgkin lymphoma|false|Hodgkin lymphoma|Hodgkin lymphoma",
        "lymph nodes|false|lymph node|lymph nodes",
        "Stage IV breast cancer|true|metastatic breast cancer|stage IV breast cancer",
        "Bone-modifying agents|true|bone-modifying agent|bone-modifying agents",
        "Kinaise|true|-|kinaise",
        "Kinaise|false|-|Kinaise",
    })
    void foldsSentenceCaseOnly(String seen, boolean sentenceStart, String headword, String expected) {
        assertEquals(expected, TermLabel.of(seen, sentenceStart, headword));
    }
}
