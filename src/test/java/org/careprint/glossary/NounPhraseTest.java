package org.careprint.glossary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an unknown term ending at an info-icon marker starts: the noun phrase before the marked word. */
class NounPhraseTest {
    @ParameterizedTest(name = "[{0}]{1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "It is given by a certified lymphedema |therapist|certified lymphedema therapist",
        "An infection called |cellulitis|cellulitis",
        "Some people notice pitting |edema|pitting edema",
        "The main treatment is complete decongestive |therapy|complete decongestive therapy",
        "|agents|agents",
        "Bone-modifying |agents|Bone-modifying agents",
        "not change from your original |diagnosis|diagnosis",
        "of any |abnormal|abnormal",
        "a device that measures |radiation|radiation",
        "Most |systemic|systemic",
        "Medicines like |trastuzumab|trastuzumab",
        "Palliative |care|Palliative care",
        "you may have 10 lymph |nodes|lymph nodes",
        "the doctor's |exam|exam",
        "which usually |helps|helps",
        "(pneumatic compression |pump|pneumatic compression pump",
        "the swelling, pneumatic |pump|pneumatic pump",
        "a big red blue green yellow purple |pump|blue green yellow purple pump",
        "you can see many people notice |swelling|swelling",
        "glued-|word|word",
        "therapy that removes or damages |lymph|lymph",
        "the cells make proteins |markers|markers",
        "people with diabetes |insipidus|diabetes insipidus",
    })
    void startsWhereTheNounPhraseStarts(String before, String marked, String expected) {
        String text = before == null ? "" : before;
        int start = NounPhrase.start(text);
        assertEquals(expected, (text.substring(start) + marked).replaceAll("^[(]", ""));
    }
}
