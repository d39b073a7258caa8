package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {
    @Test
    void simpleTextMatchesHandComputedGrades() {
        // 12 words, 2 sentences, 14 syllables (very, happy = 2), no polysyllables:
        // FK = 0.39*6 + 11.8*14/12 - 15.59 = 0.5167; SMOG = 3.1291
        Readability r = Readability.of(handout(para(1, "The cat sat on the mat. It was a very happy cat.")));
        assertEquals(new Readability(0.5, 3.1), r);
    }

    @Test
    void hardTextMatchesHandComputedGrades() {
        // 10 words, 2 sentences, 26 syllables; polysyllables: chemotherapy, medicines, radiation, therapy, another
        // FK = 0.39*5 + 11.8*2.6 - 15.59 = 17.04; SMOG = 1.043*sqrt(5*30/2) + 3.1291 = 12.1617
        Readability r = Readability.of(handout(
                para(1, "Chemotherapy medicines destroy cancer cells. Radiation therapy is another treatment.")));
        assertEquals(new Readability(17.0, 12.2), r);
    }

    @Test
    void listItemsCountAsSentencesAndHeadingsAreIgnored() {
        // sentences: "The cat sat on the mat." (6 w, 6 syl), "radiation therapy" (2 w, 7 syl, 2 poly),
        // "regular exercise" (2 w, 6 syl, 2 poly): W=10 S=3 Syl=19 poly=4
        // FK = 0.39*10/3 + 11.8*1.9 - 15.59 = 8.13; SMOG = 1.043*sqrt(40) + 3.1291 = 9.7256
        Readability r = Readability.of(handout(
                heading(1, "Chemotherapy Radiation Immunotherapy"),
                para(2, "The cat sat on the mat."),
                list(3, "radiation therapy", "regular exercise")));
        assertEquals(new Readability(8.1, 9.7), r);
    }

    @Test
    void termsCountAsOrdinaryWords() {
        assertEquals(Readability.of(handout(para(1, "A biopsy helps."))),
                Readability.of(handout(para(1, "A ", term("biopsy"), " helps."))));
    }

    @Test
    void emptyTextScoresZero() {
        assertEquals(new Readability(0.0, 0.0), Readability.of(handout()));
        assertEquals(new Readability(0.0, 0.0), Readability.of(handout(heading(1, "Only A Heading"), para(2, "10-15%"))));
    }

    @Test
    void veryEasyTextIsFlooredAtGradeZero() {
        assertEquals(0.0, Readability.of(handout(para(1, "I go. We sit. It is hot."))).fleschKincaid());
    }

    @Test
    void hardestSentencesComeFirstWithTheirLines() {
        TextStats stats = TextStats.of(handout(
                para(1, "We rest."),
                para(3, "Monoclonal antibodies target overexpressed receptors."),
                para(5, "Radiation therapy can help."),
                list(7, "drink water")));
        List<SentenceScore> hardest = stats.hardest(2);
        assertEquals(List.of(3, 5), hardest.stream().map(SentenceScore::line).toList());
        assertTrue(hardest.get(0).grade() > hardest.get(1).grade());
        assertEquals(4, stats.sentenceCount());
    }

    @Test
    void fullSentencesRankAboveShortFragments() {
        TextStats stats = TextStats.of(handout(
                list(1, "Triple-negative", "Hormone receptor-positive"),
                para(3, "Your doctor may suggest radiation therapy after surgery.")));
        assertEquals(3, stats.hardest(1).get(0).line());
        assertEquals(List.of(3, 1, 2), stats.hardest(3).stream().map(SentenceScore::line).toList());
    }
}
