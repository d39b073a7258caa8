package org.careprint.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a build, check or merge ended with.
 *
 * @param exitCode 0 = all good (warnings allowed), 1 = some document failed or --strict found warnings
 * @param report   the report (build, merge) or the per-document array (check)
 */
public record RunResult(int exitCode, JsonNode report, List<DocumentOutcome> outcomes) {
    public RunResult {
        outcomes = List.copyOf(outcomes);
    }
}
