package org.careprint.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careprint.model.Finding;

/**
 * Spots a paragraph repeated verbatim (a common scraping accident). The second copy is dropped and
 * reported as a {@code duplicate-paragraph} warning naming both lines.
 */
final class DuplicateParagraphs {
    /** Short lines ("Yes", "Call us") may repeat legitimately; only real paragraphs count. */
    private static final int MIN_LENGTH = 40;

    private final Map<String, Integer> firstSeen = new HashMap<>();
    private final List<Finding> findings;
    private final CruftLog cruft;

    DuplicateParagraphs(List<Finding> findings, CruftLog cruft) {
        this.findings = findings;
        this.cruft = cruft;
    }

    /** Returns true (and records the warning) when this paragraph repeats an earlier one. */
    boolean isDuplicate(String text, int line) {
        String key = TextCleaner.collapse(text);
        if (key.length() < MIN_LENGTH) {
            return false;
        }
        Integer first = firstSeen.putIfAbsent(key, line);
        if (first == null) {
            return false;
        }
        findings.add(Finding.warning("duplicate-paragraph", line, "This paragraph repeats the one on line "
                + first + " word for word; the second copy was left out."));
        cruft.add("duplicated paragraphs");
        return true;
    }
}
