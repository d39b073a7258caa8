package org.careprint.source;

import static org.careprint.source.ReaderTestSupport.codes;
import static org.careprint.source.ReaderTestSupport.finding;
import static org.careprint.source.ReaderTestSupport.plain;
import static org.careprint.source.ReaderTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.careprint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    private final DateParser us = new DateParser(false);

    private static Metadata meta(String body) {
        return text("Title\n\nA first paragraph of ordinary text.\n\n" + body).handout().metadata();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "August 31, 2015;2015-08-31",
            "Aug 31, 2015;2015-08-31",
            "Oct. 19, 2016;2016-10-19",
            "Sept. 5, 2020;2020-09-05",
            "31 August 2015;2015-08-31",
            "March 3rd, 2021;2021-03-03",
            "03/14/2019;2019-03-14",
            "7/2/2020;2020-07-02",
            "2023-04-01;2023-04-01",
            "2023-04-01T10:00:00Z;2023-04-01"})
    void parsesEveryDateForm(String input, String expected) {
        assertEquals(LocalDate.parse(expected), us.find(input).orElseThrow().date());
    }

    @Test
    void dayFirstSwapsNumericDatesOnly() {
        DateParser dayFirst = new DateParser(true);
        assertEquals(LocalDate.of(2020, 2, 7), dayFirst.find("7/2/2020").orElseThrow().date());
        assertEquals(LocalDate.of(2015, 8, 31), dayFirst.find("August 31, 2015").orElseThrow().date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-800-422-6237", "10-15%", "CDK4/6", "1–5 treatments", "cancer12 is", "3/4 of people",
            "in 2019 we", "page 12/2020x"})
    void numbersThatAreNotDates(String input) {
        assertTrue(us.find(input).isEmpty(), input);
    }

    @Test
    void impossibleDatesComeBackWithoutADate() {
        DateParser.DateMatch m = us.find("February 30, 2020").orElseThrow();
        assertFalse(m.valid());
        assertFalse(us.find("02/30/2020").orElseThrow().valid());
    }

    @Test
    void placeholdersAreRecognized() {
        assertEquals(Optional.of("<MM/DD/YYYY>"), DateParser.findPlaceholder("Updated <MM/DD/YYYY>"));
        assertTrue(DateParser.findPlaceholder("Reviewed: MM/DD/YYYY").isPresent());
        assertTrue(DateParser.findPlaceholder("Reviewed: 03/14/2019").isEmpty());
    }

    @Test
    void dateLineFollowedByReviewedByWithEmptyName() {
        Metadata m = meta("August 31, 2015\nReviewed By: \n");
        assertEquals(LocalDate.of(2015, 8, 31), m.reviewed());
        assertEquals("", m.reviewer());
        assertEquals(5, m.reviewedLine());
    }

    @Test
    void dateLineFollowedByReviewedByWithName() {
        Metadata m = meta("May 2, 2022\n\nReviewed By: Ana Ruiz, RN\n");
        assertEquals(LocalDate.of(2022, 5, 2), m.reviewed());
        assertEquals("Ana Ruiz, RN", m.reviewer());
    }

    @Test
    void labeledReviewLine() {
        Metadata m = meta("Reviewed: 03/14/2019\n");
        assertEquals(LocalDate.of(2019, 3, 14), m.reviewed());
        assertNull(m.reviewer());
    }

    @Test
    void reviewBylineWithName() {
        Metadata m = meta("Medically reviewed by Dr. Lee Park, MD, on March 3, 2023\n");
        assertEquals(LocalDate.of(2023, 3, 3), m.reviewed());
        assertEquals("Dr. Lee Park, MD", m.reviewer());
    }

    @Test
    void bylineWithReviewerAndUpdateDate() {
        Metadata m = meta("Medically reviewed by Jo Kim, RN — Updated on February 9, 2022\n");
        assertEquals("Jo Kim, RN", m.reviewer());
        assertEquals(LocalDate.of(2022, 2, 9), m.updated());
        assertNull(m.reviewed());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Posted: 10/22/2004;2004-10-22",
            "Posted on January 29, 2024;2024-01-29",
            "— Last updated on February 9, 2022, 11:30 PM;2022-02-09",
            "Last updated 7/2/2020;2020-07-02",
            "Updated: 2021-11-30;2021-11-30",
            "June 7, 2022;2022-06-07"})
    void updateForms(String line, String expected) {
        ReadResult r = text("Title\n\nA first paragraph of ordinary text.\n\n" + line + "\n");
        assertEquals(LocalDate.parse(expected), r.handout().metadata().updated());
        assertEquals(List.of("A first paragraph of ordinary text."), plain(r));
    }

    @Test
    void updatedWinsOverPosted() {
        Metadata m = meta("Posted: 10/22/2004\nLast updated 7/2/2020\n");
        assertEquals(LocalDate.of(2020, 7, 2), m.updated());
    }

    @Test
    void dateGluedToTheNextWordIsSplitOff() {
        ReadResult r = text("Title\n\nPosted Oct. 19, 2016Caring for your skin during radiation matters.\n");
        assertEquals(LocalDate.of(2016, 10, 19), r.handout().metadata().updated());
        assertEquals(List.of("Caring for your skin during radiation matters."), plain(r));
    }

    @Test
    void datesInsideBodySentencesAreNotPageDates() {
        ReadResult r = text("Title\n\nOn January 1, 2024, Medicare began paying for compression garments.\n\n"
                + "Updated on January 1, 2024, the rules now cover sleeves, gloves and bandages for everyone.\n");
        assertNull(r.handout().metadata().updated());
        assertNull(r.handout().metadata().reviewed());
        assertEquals(2, plain(r).size());
    }

    @Test
    void invalidPageDateIsAnErrorAndNeverGuessed() {
        ReadResult r = text("Title\n\nBody.\n\nFebruary 30, 2020\nReviewed By: Sam\n");
        assertNull(r.handout().metadata().reviewed());
        assertEquals(Severity.ERROR, finding(r, "invalid-date").severity());
        assertEquals(5, finding(r, "invalid-date").line());
        assertTrue(plain(r).stream().noneMatch(s -> s.contains("February")));
    }

    @Test
    void placeholderDateIsAnError() {
        ReadResult r = text("Title\n\nBody.\n\nUpdated <MM/DD/YYYY>\n");
        assertNull(r.handout().metadata().updated());
        assertEquals(5, finding(r, "placeholder").line());
        assertEquals(Severity.ERROR, finding(r, "placeholder").severity());
    }

    @Test
    void aValidPageWithoutDatesHasNoDateFindings() {
        ReadResult r = text("Title\n\nBody text.\n");
        assertFalse(codes(r).contains("invalid-date"));
        assertFalse(codes(r).contains("placeholder"));
    }
}
