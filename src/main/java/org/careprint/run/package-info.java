/**
 * The commands: {@code build} (plan, process, write outputs, then report.json and index.html) and
 * {@code check} (process without rendering, print findings). They join the engine in {@code batch} with the
 * reporting in {@code report}; {@code cli} only parses arguments and maps results to exit codes.
 */
package org.careprint.run;
