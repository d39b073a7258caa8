package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {
    @ParameterizedTest
    @CsvSource({"0,zero", "7,seven", "21,twenty-one", "100,one hundred", "1500,one thousand five hundred",
            "1000000,one million"})
    void cardinal(long n, String words) {
        assertEquals(words, NumberWords.cardinal(n));
    }

    @ParameterizedTest
    @CsvSource({"1,first", "2,second", "3,third", "12,twelfth", "20,twentieth", "31,thirty-first", "100,one hundredth"})
    void ordinal(long n, String words) {
        assertEquals(words, NumberWords.ordinal(n));
    }

    @ParameterizedTest
    @CsvSource({"2015,twenty fifteen", "2005,two thousand five", "1999,nineteen ninety-nine", "1900,nineteen hundred",
            "1905,nineteen oh five", "2022,twenty twenty-two"})
    void year(int y, String words) {
        assertEquals(words, NumberWords.year(y));
    }
}
