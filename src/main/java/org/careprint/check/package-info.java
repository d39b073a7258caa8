/**
 * Lint rules (one small class each) and readability scores over a bound handout: what `careprint check`
 * reports and the batch writes into report.json.
 */
package org.careprint.check;
