package org.careprint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Finding;

/**
 * {@code duplicate-heading}: two sections with the same heading. Listeners navigate the audio edition by
 * chapter titles, and two identical titles cannot be told apart.
  * Public for the reader regression tests in source, which pin what the readers and this rule agree on.
 */
public final class DuplicateHeadingRule implements LintRule {
    public static final String CODE = "duplicate-heading";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Block block : context.handout().blocks()) {
            if (!(block instanceof Block.Heading h)) {
                continue;
            }
            String text = Blocks.plainText(h).strip();
            String key = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (key.isEmpty()) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(key, h.line());
            if (earlier != null) {
                findings.add(Finding.warning(CODE, h.line(), "The heading " + Quote.of(text, 60)
                        + " repeats an earlier heading" + (earlier > 0 ? " (line " + earlier + ")" : "")
                        + "; give each section its own title."));
            }
        }
        return findings;
    }
}
