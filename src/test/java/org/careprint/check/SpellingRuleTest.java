package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LanguageTool takes seconds to start, so every spelling test shares one rule (and its engine pool). */
class SpellingRuleTest {
    private static final Set<String> KNOWN = Set.of("trastuzumab", "pertuzumab", "metastases", "echocardiogram");
    private static SpellingRule rule;

    @BeforeAll
    static void startLanguageTool() {
        rule = new SpellingRule();
        rule.warmUp();
    }

    private static List<Finding> spell(Handout page) {
        return rule.check(new LintContext(page, null, new CheckOptions(true, KNOWN::contains, TODAY)));
    }

    private static List<String> words(List<Finding> findings) {
        return findings.stream().map(f -> f.message().replaceAll("^\u201c([^\u201d]*)\u201d.*$", "$1")).toList();
    }

    @Test
    void flagsTheTypoWithASuggestion() {
        List<Finding> f = spell(handout(para(4, "Researchers study tyrosine kinaise inhibitors.")));
        assertEquals(1, f.size(), f.toString());
        assertEquals("spelling", f.get(0).code());
        assertEquals(4, f.get(0).line());
        assertTrue(f.get(0).message().startsWith("\u201ckinaise\u201d may be misspelled"), f.get(0).message());
        assertTrue(f.get(0).message().contains("\u201ckinase\u201d"), f.get(0).message());
    }

    @Test
    void skipsKnownWordsGeneNamesAbbreviationsNumbersAndLinks() {
        List<Finding> f = spell(handout(
                para(1, "Medicines like trastuzumab and pertuzumab treat HER2-positive metastases."),
                para(2, "Tests look at HER2, CDK4/6, BRCA1/2 and PD-L1; small pills called TKIs may help."),
                para(3, "About 10-15% of people call 1-800-555-0199 or visit https://www.example.org/helpp-line."),
                list(4, "Ask Dr. Whitfield at the Okonkwo Center.")));
        assertEquals(List.of(), f);
    }

    @Test
    void skipsWordsInsideGlossaryTerms() {
        assertEquals(List.of(), spell(handout(para(1, "Ask about ", term("kinaise inhibitors"), " today."))));
    }

    @Test
    void callerKnownWordsAreSkippedOtherwiseFlagged() {
        Handout page = handout(para(1, "The oncotype test helps."));
        assertEquals(List.of("oncotype"), words(spell(page)));
        List<Finding> known = rule.check(new LintContext(page, null,
                new CheckOptions(true, w -> w.equals("oncotype"), TODAY)));
        assertEquals(List.of(), known);
    }

    @Test
    void fixturePageHasExactlyTheOneTypo() {
        List<Finding> f = spell(fixture("targeted-therapy.txt"));
        assertEquals(List.of("kinaise"), words(f), f.toString());
        assertEquals(11, f.get(0).line());
    }

    @Test
    void sentenceStartTyposAreStillFound() {
        assertEquals(List.of("Recieve"), words(spell(handout(para(1, "Recieve the dose at home.")))));
    }

    @Test
    void poolServesConcurrentCallers() {
        Handout page = handout(para(1, "Tyrosine kinaise inhibitors are pills."));
        var a = CompletableFuture.supplyAsync(() -> spell(page));
        var b = CompletableFuture.supplyAsync(() -> spell(page));
        assertEquals(a.join(), b.join());
        assertEquals(List.of("kinaise"), words(a.join()));
    }
}
