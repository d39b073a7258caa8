package org.careprint.check;

import java.util.List;
import java.util.stream.Collectors;
import org.careprint.model.Finding;

/**
 * {@code reading-level}: Flesch-Kincaid or SMOG grade above 8 (NIH and CDC advise grade 8 or below),
 * naming the three hardest sentences so an editor knows where to start.
 */
final class ReadingLevelRule implements LintRule {
    public static final String CODE = "reading-level";
    static final double MAX_GRADE = 8.0;
    private static final int SHOWN = 3;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        TextStats stats = TextStats.of(context.handout());
        Readability grades = stats.readability().rounded();
        if (grades.fleschKincaid() <= MAX_GRADE && grades.smog() <= MAX_GRADE) {
            return List.of();
        }
        List<SentenceScore> hardest = stats.hardest(SHOWN);
        String examples = hardest.stream()
                .map(s -> Quote.of(s.text(), 70) + (s.line() > 0 ? " (line " + s.line() + ")" : ""))
                .collect(Collectors.joining("; "));
        int line = hardest.isEmpty() ? 0 : hardest.get(0).line();
        return List.of(Finding.warning(CODE, line, String.format(java.util.Locale.ROOT,
                "Reading level is grade %.1f (Flesch-Kincaid) and %.1f (SMOG), above grade 8; hardest sentences: %s.",
                grades.fleschKincaid(), grades.smog(), examples)));
    }
}
