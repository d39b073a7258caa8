package org.careprint.check;

import static org.careprint.check.TestHandouts.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.careprint.model.Finding;
import org.careprint.model.Handout;

/** No content, however odd, makes the (non-spelling) rules or readability throw or misbehave. */
class CheckerPropertiesTest {
    private final Checker checker = new Checker(CheckOptions.of(TODAY));

    @Property(tries = 300)
    void anyTextIsCheckedWithoutThrowing(@ForAll String heading, @ForAll String paragraph, @ForAll String item) {
        Handout page = handout(heading(1, heading), para(2, paragraph, term(item)), list(3, item, paragraph));
        List<Finding> findings = checker.check(page, null);
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(Checker.ORDER.compare(findings.get(i - 1), findings.get(i)) <= 0);
        }
        Readability r = Readability.of(page);
        assertTrue(Double.isFinite(r.fleschKincaid()) && r.fleschKincaid() >= 0);
        assertTrue(Double.isFinite(r.smog()) && r.smog() >= 0);
    }

    @Property(tries = 500)
    void syllablesAreNeverNegative(@ForAll String word) {
        assertTrue(Syllables.count(word) >= 0);
    }
}
