package org.careprint.batch;

import java.util.List;

/** The documents a run will process, in deterministic order, plus the files it skipped. */
public record Plan(List<PlannedDocument> documents, List<SkippedInput> skipped) {
    public Plan {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }
}
