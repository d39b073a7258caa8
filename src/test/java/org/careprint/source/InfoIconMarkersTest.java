package org.careprint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.junit.jupiter.api.Test;

class InfoIconMarkersTest {
    private static final Inline.Text T(String s) {
        return new Inline.Text(s);
    }

    private static Inline.Term term(String s) {
        return new Inline.Term(s, false);
    }

    @Test
    void marksTheLastWordOfAMultiWordTerm() {
        assertEquals(List.of(T("nearby "), term("lymph"), T(" nodes")), InfoIconMarkers.parse("nearby lymphinfo-icon nodes"));
        assertEquals(List.of(T("early-stage breast "), term("cancer")), InfoIconMarkers.parse("early-stage breast cancerinfo-icon"));
    }

    @Test
    void keepsDigitsAndSlashesInsideTheMarkedToken() {
        assertEquals(List.of(term("receptor 2")), InfoIconMarkers.parse("receptor 2info-icon"));
        assertEquals(List.of(T("the estrogen "), term("receptor 2"), T(" gene")), InfoIconMarkers.parse("the estrogen receptor 2info-icon gene"));
        assertEquals(List.of(term("HER2/neu"), T(" test")), InfoIconMarkers.parse("HER2/neuinfo-icon test"));
        assertEquals(List.of(T("a "), term("BRCA1/2"), T(" change")), InfoIconMarkers.parse("a BRCA1/2info-icon change"));
    }

    @Test
    void splitsPunctuationAndCompoundTailsOffTheTerm() {
        assertEquals(List.of(T("in "), term("situ"), T(", by")), InfoIconMarkers.parse("in situinfo-icon, by"));
        assertEquals(List.of(T("hormone "), term("receptor"), T("-positive")),
                InfoIconMarkers.parse("hormone receptorinfo-icon-positive"));
        assertEquals(List.of(T("the "), term("barrier"), T(".")), InfoIconMarkers.parse("the barrierinfo-icon."));
    }

    @Test
    void aSpacedOrLeadingMarkerNeverLeavesTheLiteralBehind() {
        assertEquals("lymph nodes", Inlines.plainText(InfoIconMarkers.parse("lymph info-icon nodes")));
        assertEquals(" starts here", Inlines.plainText(InfoIconMarkers.parse("info-icon starts here")));
        assertFalse(Inlines.plainText(InfoIconMarkers.parse("(“tumorinfo-icon”)")).contains("info-icon"));
    }

    @Test
    void textWithoutMarkersIsOneTextRun() {
        assertEquals(List.of(T("plain words, no markers")), InfoIconMarkers.parse("plain words, no markers"));
    }
}
