package org.careprint.model;

import java.util.List;

/**
 * What a reader returns: the handout (null when the input could not be read at all), the findings
 * made while reading, and how many lines of site cruft were dropped (reported, never silent).
 */
public record ReadResult(Handout handout, List<Finding> findings, int cruftRemoved) {
    public ReadResult {
        findings = List.copyOf(findings);
    }

    public static ReadResult unreadable(Finding finding) {
        return new ReadResult(null, List.of(finding), 0);
    }

    public boolean readable() {
        return handout != null;
    }
}
