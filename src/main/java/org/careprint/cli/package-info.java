/**
 * Argument parsing (Apache Commons CLI) and exit codes for `careprint build`, `check` and `merge`; the work
 * itself is in {@code batch}.
 */
package org.careprint.cli;
