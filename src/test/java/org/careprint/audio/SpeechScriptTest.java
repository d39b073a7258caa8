package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careprint.model.Handout;
import org.junit.jupiter.api.Test;

class SpeechScriptTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private List<String> written(SpeechScript s) {
        return s.utterances().stream().map(Utterance::written).toList();
    }

    @Test
    void openingSaysTitleEditionAndDates() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer);
        List<String> w = written(s);
        assertEquals(List.of("HER2 Basics.", "Audio edition.", "Medically reviewed on August 31, 2015.",
                "Last updated June 7, 2022.", "Review overdue since August 31, 2018."), w.subList(0, 5));
        assertEquals("her two Basics.", s.utterances().get(0).spoken());
        assertEquals("Medically reviewed on August thirty-first, twenty fifteen.", s.utterances().get(2).spoken());
    }

    @Test
    void unknownReviewDateIsSaid() {
        SpeechScript s = SpeechScript.of(Fixtures.titleOnly(), null, normalizer);
        assertEquals(List.of("Just a Title.", "Audio edition.", "Review date not known.", "End of Just a Title."),
                written(s));
        assertEquals(List.of("Opening"), s.chapterTitles());
    }

    @Test
    void chaptersAreOpeningSectionsAndWordsToKnow() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer);
        assertEquals(List.of("Opening", "Treatment Choices", "Getting Help", "Words to know"), s.chapterTitles());
    }

    @Test
    void headingsListsTablesAndFiguresAreAnnounced() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer);
        List<String> w = written(s);
        int heading = w.indexOf("Section: Treatment Choices");
        assertTrue(heading > 0, w.toString());
        Utterance h = s.utterances().get(heading);
        assertTrue(h.pauseBefore() >= Pauses.HEADING && h.pauseAfter() >= Pauses.HEADING);
        int list = w.indexOf("A list of three items.");
        assertTrue(list > heading, w.toString());
        assertEquals(List.of("shrink the tumor.", "slow the growth.", "ease symptoms."), w.subList(list + 1, list + 4));
        assertTrue(w.contains("Table: Contacts."), w.toString());
        assertTrue(w.contains("A table with one row."), w.toString());
        assertTrue(w.contains("Service: Helpline; Phone: 1-800-227-2345."), w.toString());
        assertTrue(w.contains("Image: A nurse talking with a patient."), w.toString());
    }

    @Test
    void wordsToKnowListsDefinedTermsOnlyThenCloses() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer);
        List<String> w = written(s);
        int words = w.indexOf("Words to know.");
        assertTrue(words > 0);
        assertEquals(List.of("oncologist: A doctor who treats cancer.",
                "trastuzumab: A medicine that blocks the HER2 protein.", "End of HER2 Basics."),
                w.subList(words + 1, w.size()));
        assertFalse(w.stream().anyMatch(x -> x.startsWith("lymphedema:")), "undefined term skipped");
    }

    @Test
    void longSentencesBecomeCaptionSizedPhrases() {
        String longText = "Treatment of this kind of cancer, which has spread to organs other than the brain, "
                + "usually includes medicines that target the protein and block its actions in the body.";
        Handout h = Fixtures.titleOnly().withBlocks(List.of(new org.careprint.model.Block.Paragraph(
                org.careprint.model.Inlines.text(longText), 1)));
        SpeechScript s = SpeechScript.of(h, null, normalizer);
        List<String> body = written(s).subList(3, written(s).size() - 1);
        assertTrue(body.size() >= 2, body.toString());
        assertEquals(longText, String.join(" ", body));
        for (String phrase : body) {
            List<String> lines = CueSplitter.wrap(phrase);
            assertTrue(lines.size() <= 2, phrase);
            lines.forEach(l -> assertTrue(l.length() <= 42, l));
        }
    }

    @Test
    void sentenceSplitterKeepsAbbreviationsAndDates() {
        assertEquals(List.of("Ask Dr. Lee, e.g. at a visit.", "It was on Oct. 19, 2016.", "Done!"),
                SentenceSplitter.split("Ask Dr. Lee, e.g. at a visit. It was on Oct. 19, 2016. Done!"));
    }
}
