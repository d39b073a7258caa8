/**
 * The output seam: what every output format (PDF handout, audio edition, transcript, …) implements so that
 * the batch layer, report.json, the index page, progress lines and incremental builds handle any of them
 * the same way. Depends on {@code model} and {@code review} only. Adding an output is one new package with
 * an {@link org.careprint.output.Output} and its {@link org.careprint.output.OutputKind}, one registration
 * line in {@code batch.OutputRegistry}, and its options. See docs/ARCHITECTURE.md.
 */
package org.careprint.output;
