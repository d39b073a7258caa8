package org.careprint.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Finding;
import org.careprint.model.Inline;

/**
 * {@code undefined-term}: a glossary-marked term that neither the page nor any glossary defines. Reported
 * once per term, at its first use.
 */
final class UndefinedTermRule implements LintRule {
    public static final String CODE = "undefined-term";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block block : context.handout().blocks()) {
            Blocks.forEachInline(List.of(block), inline -> {
                if (inline instanceof Inline.Term t && seen.add(t.key().toLowerCase(Locale.ROOT)) && !t.defined()) {
                    findings.add(Finding.warning(CODE, block.line(), "The glossary term " + Quote.of(t.text(), 60)
                            + " has no definition; add it to a glossary file (--glossary)."));
                }
            });
        }
        return findings;
    }
}
