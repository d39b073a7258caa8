package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inlines;
import org.junit.jupiter.api.Test;

class SpeechScriptTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private List<String> written(SpeechScript s) {
        return s.utterances().stream().map(Utterance::written).toList();
    }

    @Test
    void openingSaysTitleReviewAndNextReviewOnlyAndUpdatedAtTheEnd() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer);
        List<String> w = written(s);
        assertEquals(List.of("HER2 Basics.", "Medically reviewed on August 31, 2015.",
                "Next review due August 31, 2018."), w.subList(0, 3));
        assertEquals("her two Basics.", s.utterances().get(0).spoken());
        assertEquals("Medically reviewed on August thirty-first, twenty fifteen.", s.utterances().get(1).spoken());
        assertEquals(List.of("End of HER2 Basics.", "Last updated June 7, 2022."), w.subList(w.size() - 2, w.size()));
    }

    @Test
    void overdueIsSaidOnlyWithShowOverdue() {
        List<String> hidden = written(SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer, false, "inline"));
        assertFalse(hidden.stream().anyMatch(x -> x.toLowerCase().contains("overdue")), hidden.toString());
        List<String> shown = written(SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer, true, "inline"));
        assertTrue(shown.contains("Review overdue since August 31, 2018."), shown.toString());
    }

    @Test
    void unknownReviewDateIsSaid() {
        SpeechScript s = SpeechScript.of(Fixtures.titleOnly(), null, normalizer);
        assertEquals(List.of("Just a Title.", "Review date not known.", "End of Just a Title."), written(s));
        assertEquals(List.of("Opening"), s.chapterTitles());
    }

    @Test
    void inlineGlossaryDefinesATermAfterTheSentenceOfItsFirstMention() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer);
        List<String> w = written(s);
        assertEquals(List.of("Opening", "Treatment Choices", "Getting Help"), s.chapterTitles());
        int at = w.indexOf("Your oncologist will explain your test results.");
        assertEquals("Oncologist means a doctor who treats cancer.", w.get(at + 1));
        int drug = w.indexOf("Medicines such as trastuzumab are often given every 3 weeks.");
        assertEquals("Trastuzumab means a medicine that blocks the HER2 protein.", w.get(drug + 1));
        assertEquals(1, w.stream().filter(x -> x.startsWith("Oncologist means")).count());
        assertFalse(w.stream().anyMatch(x -> x.startsWith("lymphedema")), "undefined term not explained");
    }

    @Test
    void endGlossaryKeepsTheChapterAndTheOpeningSaysItIsLast() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer, false, "end");
        List<String> w = written(s);
        assertEquals(List.of("Opening", "Treatment Choices", "Getting Help", "Words to know"), s.chapterTitles());
        assertEquals("The last chapter is Words to know.", w.get(3));
        int words = w.indexOf("Words to know.");
        assertEquals(List.of("oncologist: A doctor who treats cancer.",
                "trastuzumab: A medicine that blocks the HER2 protein.", "End of HER2 Basics.",
                "Last updated June 7, 2022."), w.subList(words + 1, w.size()));
        assertFalse(w.stream().anyMatch(x -> x.contains(" means ")));
    }

    @Test
    void noGlossaryMeansNoDefinitionsAnywhere() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer, false, "none");
        assertEquals(List.of("Opening", "Treatment Choices", "Getting Help"), s.chapterTitles());
        assertFalse(written(s).stream().anyMatch(x -> x.contains(" means ") || x.contains("oncologist:")));
    }

    @Test
    void headingsListsTablesAndFiguresAreSaidWithoutBareLabels() {
        SpeechScript s = SpeechScript.of(Fixtures.small(), Fixtures.review(), normalizer);
        List<String> w = written(s);
        int heading = w.indexOf("Treatment Choices.");
        assertTrue(heading > 0, w.toString());
        Utterance h = s.utterances().get(heading);
        assertTrue(h.pauseBefore() >= Pauses.HEADING && h.pauseAfter() >= Pauses.HEADING);
        assertEquals("Treatment Choices", h.chapter());
        int list = w.indexOf("A list of three items.");
        assertTrue(list > heading, w.toString());
        assertEquals(List.of("shrink the tumor.", "slow the growth.", "ease symptoms."), w.subList(list + 1, list + 4));
        assertTrue(w.contains("Table: Contacts."), w.toString());
        assertTrue(w.contains("A table with one row."), w.toString());
        assertTrue(w.contains("Service: Helpline; Phone: 1-800-227-2345."), w.toString());
        assertTrue(w.contains("The picture shows a nurse talking with a patient."), w.toString());
        for (String u : w) {
            assertFalse(u.startsWith("Section:") || u.startsWith("Image:") || u.contains("Enlarge"), u);
        }
    }

    @Test
    void figureControlsAndBareFigureLabelsAreNotSpoken() {
        Handout h = Fixtures.titleOnly().withBlocks(List.of(
                new Block.Figure("Image: Drawing of a spine with two tumors. Enlarge", "", 1),
                new Block.Paragraph(Inlines.text("Enlarge"), 2),
                new Block.Paragraph(Inlines.text("Image:"), 3),
                new Block.Paragraph(Inlines.text("Lymph nodes may enlarge."), 4)));
        List<String> w = written(SpeechScript.of(h, null, normalizer));
        assertEquals(List.of("Just a Title.", "Review date not known.",
                "The picture is a drawing of a spine with two tumors.", "Lymph nodes may enlarge.",
                "End of Just a Title."), w);
    }

    @Test
    void aLongSentenceIsOneUtteranceShownAsCaptionSizedCuesCutAtPhrases() {
        String longText = "Treatment of this kind of cancer, which has spread to organs other than the brain, "
                + "usually includes medicines that target the protein and block its actions in the body.";
        Handout h = Fixtures.titleOnly().withBlocks(List.of(new org.careprint.model.Block.Paragraph(
                org.careprint.model.Inlines.text(longText), 1)));
        SpeechScript s = SpeechScript.of(h, null, normalizer);
        Utterance u = s.utterances().get(2);
        assertEquals(longText, u.written(), "one utterance: the voice says the sentence in one breath group");
        List<String> cues = u.cues().stream().map(Utterance.Piece::written).toList();
        assertEquals(List.of("Treatment of this kind of cancer, which has spread to organs other than the brain,",
                "usually includes medicines that target the protein and block its actions in the body."), cues);
        for (String phrase : cues) {
            List<String> lines = CueSplitter.wrap(phrase);
            assertTrue(lines.size() <= 2, phrase);
            lines.forEach(l -> assertTrue(l.length() <= 42, l));
        }
    }

    @Test
    void cuesOfLongSentencesBreakAtPhrasesWithoutOrphans() {
        assertEquals(List.of("A short sentence stays whole."), CueSplitter.phrases("A short sentence stays whole."));
        // No comma: the cut goes before a word that opens a phrase, not anywhere between words.
        List<String> cues = CueSplitter.phrases("Lymphedema is swelling that happens when lymph fluid builds up in "
                + "the tissues under the skin of an arm or a leg after surgery.");
        assertTrue(cues.size() >= 2, cues.toString());
        for (int i = 1; i < cues.size(); i++) {
            String first = cues.get(i).split(" ")[0];
            assertTrue(List.of("when", "in", "after", "under", "of", "that", "to").contains(first), cues.toString());
        }
        // "Yes," is not left alone when the next clause is too long to join it.
        List<String> yes = CueSplitter.phrases("Yes, most people who have had their lymph nodes removed or treated "
                + "with radiation therapy can still lower their risk.");
        assertTrue(yes.stream().allMatch(c -> c.split(" ").length > 2), yes.toString());
    }
}
