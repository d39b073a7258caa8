package org.careprint.batch;

import java.nio.file.Path;

/**
 * One input the run will process.
 *
 * @param source       the path as the user gave it ('/' separators), used in messages and reports
 * @param relativePath path relative to its input root; what --shard hashes
 * @param outputName   safe output stem inside OUT
 * @param conflict     null, or why this document cannot be written (another input maps to the same name)
 */
public record PlannedDocument(Path file, String source, String relativePath, String outputName,
                              DocumentOverrides overrides, String conflict) {
    public PlannedDocument withConflict(String why) {
        return new PlannedDocument(file, source, relativePath, outputName, overrides, why);
    }
}
