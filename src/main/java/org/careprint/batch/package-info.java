/**
 * The engine of a run over many files: planning, parallel workers, the pipeline (bind, review, check), the
 * render step through the registered outputs, incremental state and atomic writes. Reporting is in
 * {@code report}, the commands in {@code run}.
 */
package org.careprint.batch;
