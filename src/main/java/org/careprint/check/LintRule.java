package org.careprint.check;

import java.util.List;
import org.careprint.model.Finding;

/** One named lint check over a bound handout. Implementations are stateless or thread-safe.  * Public because the reader tests in source run single rules.
 */
public interface LintRule {
    /** The stable finding code this rule emits ("lost-list"). */
    String code();

    /** Findings for one document; an empty list when the document passes. Never throws for content. */
    List<Finding> check(LintContext context);
}
