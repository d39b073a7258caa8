/**
 * A run over many files: planning, parallel workers, incremental state, atomic writes, report.json and the
 * index page. The only package that knows every stage.
 */
package org.careprint.batch;
