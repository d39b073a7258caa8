package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Severity;
import org.junit.jupiter.api.Test;

class ReadingLevelRuleTest {
    private final ReadingLevelRule rule = new ReadingLevelRule();

    @Test
    void hardTextIsAWarningNamingTheThreeHardestSentences() {
        List<Finding> f = rule.check(context(handout(
                para(1, "Rest a lot."),
                para(2, "Immunotherapy medications stimulate immunological responses against malignancies."),
                para(3, "Chemotherapy medicines destroy cancer cells."),
                para(4, "You can rest at home."),
                para(5, "Consequently, hematological monitoring continues indefinitely throughout administration."))));
        assertEquals(1, f.size());
        Finding finding = f.get(0);
        assertEquals("reading-level", finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        String m = finding.message();
        assertTrue(m.contains("above grade 8"), m);
        int first = m.indexOf("Consequently");
        int second = m.indexOf("Immunotherapy");
        int third = m.indexOf("Chemotherapy");
        assertTrue(first > 0 && second > first && third > second, m);
        assertFalse(m.contains("rest at home") || m.contains("Rest a lot"), m);
        assertEquals(5, finding.line(), "points at the hardest sentence");
    }

    @Test
    void longSentencesAreShortened() {
        String longSentence = "Patients receiving combination immunotherapy regimens frequently experience "
                + "considerable fatigue, gastrointestinal disturbances, dermatological irritation and "
                + "occasionally endocrinological complications requiring specialized management.";
        String m = rule.check(context(handout(para(1, longSentence)))).get(0).message();
        assertTrue(m.contains("\u2026"), m);
        assertFalse(m.contains("specialized management"), m);
    }

    @Test
    void plainTextPasses() {
        assertEquals(List.of(), rule.check(context(handout(
                para(1, "The cat sat on the mat. It was a very happy cat."),
                list(2, "Drink water.", "Take short walks.")))));
    }
}
