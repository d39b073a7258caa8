/**
 * What a run tells people and systems: report.json (one entry per input, fixed key order), the accessible
 * index.html catalogue built from the report alone (so {@code merge} can rebuild it), the per-document
 * summary lines of {@code check}, the booklets written into the folder ({@link org.careprint.report.Booklets}),
 * and merging the reports of sharded runs. Depends on {@code batch}'s outcome
 * types and the output seam; knows nothing of how documents are processed.
 */
package org.careprint.report;
