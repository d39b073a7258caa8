package org.careprint.check;

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
}
