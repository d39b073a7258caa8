package org.careprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    @Test
    void splitsAtEndPunctuationBeforeACapital() {
        assertEquals(List.of("Is it safe?", "Yes.", "Rest well!"), SentenceSplitter.split("Is it safe? Yes.  Rest well!"));
    }

    @Test
    void keepsAbbreviationsInitialsAndDecimalsTogether() {
        assertEquals(List.of("Dr. Lee and Susan G. Komen said so.", "Take 2.5 mg, e.g. with food."),
                SentenceSplitter.split("Dr. Lee and Susan G. Komen said so. Take 2.5 mg, e.g. with food."));
    }

    @Test
    void textWithoutEndPunctuationIsOneSentence() {
        assertEquals(List.of("find the cancer"), SentenceSplitter.split(" find the cancer "));
        assertEquals(List.of(), SentenceSplitter.split("  "));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("She said \u201cstop.\u201d", "Then rest."),
                SentenceSplitter.split("She said \u201cstop.\u201d Then rest."));
    }

    @Test
    void keepsAbbreviationsAndDates() {
        assertEquals(List.of("Ask Dr. Lee, e.g. at a visit.", "It was on Oct. 19, 2016.", "Done!"),
                SentenceSplitter.split("Ask Dr. Lee, e.g. at a visit. It was on Oct. 19, 2016. Done!"));
        assertEquals(List.of("Ask John Smith Jr. About it.", "Then rest."),
                SentenceSplitter.split("Ask John Smith Jr. About it. Then rest."));
    }

    @Test
    void abbreviationAfterAnOpeningBracketStillCounts() {
        assertEquals(List.of("Eat soft food (e.g. Soup) often."), SentenceSplitter.split("Eat soft food (e.g. Soup) often."));
    }

    @Test
    void noBreakSpacesBracketsAndBulletsAreSentenceBoundaries() {
        assertEquals(List.of("Rest.", "Then walk."), SentenceSplitter.split("Rest.\u00a0Then walk."));
        assertEquals(List.of("[Rest.]", "\u2022 Walk."), SentenceSplitter.split("[Rest.] \u2022 Walk."));
        assertEquals(List.of("Wait?!", "Yes."), SentenceSplitter.split("Wait?! Yes."));
    }
}
