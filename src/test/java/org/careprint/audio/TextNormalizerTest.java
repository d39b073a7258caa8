package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            terms          | HER2 testing                 | her two testing
            terms          | HER2/neu                     | her two new
            terms          | CDK4/6 inhibitors            | C D K four and six inhibitors
            terms          | BRCA1/2 genes                | BRCA one and two genes
            terms          | PD-L1 test                   | P D L one test
            terms          | HER2-positive                | her two-positive
            acronym        | the CNS is                   | the C N S is
            acronym        | an NSAID or an ACE inhibitor | an NSAID or an ACE inhibitor
            acronym        | stage IIIA, FOLFOX           | stage IIIA, FOLFOX
            acronym-plural | called TKIs.                 | called T K eyes.
            trademarks     | Herceptin® and Kadcyla™      | Herceptin and Kadcyla
            for-example    | drugs, e.g. this one         | drugs, for example, this one
            that-is        | the spine, i.e. the back     | the spine, that is, the back
            range          | 1–5 treatments               | one to five treatments
            range-percent  | 10-15% of people             | ten to fifteen percent of people
            percent        | about 20% of                 | about twenty percent of
            long-date      | on August 31, 2015.          | on August thirty-first, twenty fifteen.
            long-date      | Oct. 19, 2016                | October nineteenth, twenty sixteen
            numeric-date   | Reviewed: 03/14/2019         | Reviewed: March fourteenth, twenty nineteen
            iso-date       | 2022-06-07                   | June seventh, twenty twenty-two
            time           | at 11:30 PM                  | at eleven thirty P M
            time           | by 9:05 am                   | by nine oh five A M
            phone          | call 1-800-227-2345 now      | call one, eight zero zero, two two seven, two three four five now
            phone          | (212) 555-0100               | two one two, five five five, zero one zero zero
            unit           | 500 mg daily                 | five hundred milligrams daily
            unit           | 1 mL                         | one milliliter
            unit           | 2.5 cm                       | two point five centimeters
            unit           | 70 kg                        | seventy kilograms
            unit           | 3 mm                         | three millimeters
            ordinal        | the 1st and 2nd dose         | the first and second dose
            ordinal        | her 23rd visit               | her twenty-third visit
            number         | 1,250 women                  | one thousand two hundred fifty women
            stage-roman    | stage IV disease             | stage four disease
            marker-sign    | ER+ tumors                   | ER positive tumors
            """)
    void eachRuleAlone(String rule, String written, String spoken) {
        assertEquals(spoken, normalizer.applyRule(rule, written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Medically reviewed on August 31, 2015.           | Medically reviewed on August thirty-first, twenty fifteen.
            Visit www.cancer.org for more.                   | Visit www dot cancer dot org for more.
            See https://www.example.org/her2-info today.     | See www dot example dot org slash her two dash info today.
            Email help@example.org today.                    | Email help at example dot org today.
            Take 2 tablets, i.e. 500 mg.                     | Take two tablets, that is, five hundred milligrams.
            Up to 1 in 2 people get CNS metastases.          | Up to one in two people get C N S metastases.
            HER2-positive, ER+ disease                       | her two-positive, E R positive disease
            Updated June 7, 2022, 11:30 PM                   | Updated June seventh, twenty twenty-two, eleven thirty P M
            In 2015 the FDA approved it.                     | In twenty fifteen the F D A approved it.
            Stage 4A breast cancer.                          | Stage four A breast cancer.
            A 3D scan, then the 6MWT.                        | A three D scan, then the six M W T.
            ErbB1 and Covid19.                               | ErbB one and Covid nineteen.
            In your 50s or in the 1990s.                     | In your fifties or in the nineteen nineties.
            Sjögren, Waldenström, Guérin.                    | Sjogren, Waldenstrom, Guerin.
            """)
    void fullPipeline(String written, String spoken) {
        assertEquals(spoken, normalizer.normalize(written));
    }

    @Test
    void urlsAreNotSpelledLetterByLetter() {
        String spoken = normalizer.normalize("Go to www.breastcancer.org.");
        assertTrue(spoken.contains("breastcancer"), spoken);
        assertFalse(spoken.contains("b r e"), spoken);
    }

    @Test
    void shoutedHeadingsAreNotSpelledOut() {
        assertEquals("what is metastatic cancer?", normalizer.normalize("WHAT IS METASTATIC CANCER?"));
    }

    @Test
    void everyRuleHasAName() {
        assertTrue(normalizer.rules().size() > 20);
        normalizer.rules().forEach(r -> assertFalse(r.name().isBlank()));
    }
}
