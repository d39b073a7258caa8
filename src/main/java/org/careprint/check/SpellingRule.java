package org.careprint.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.careprint.model.Finding;

/**
 * {@code spelling}: likely typos, found by LanguageTool's American English speller and filtered by
 * {@link SpellingFilter} so medical vocabulary is not flagged. One finding per word per line.
 */
final class SpellingRule implements LintRule {
    public static final String CODE = "spelling";
    private final LanguageToolSpeller speller = new LanguageToolSpeller();

    @Override
    public String code() {
        return CODE;
    }

    /** Starts LanguageTool now rather than on the first check (it takes seconds). */
    public void warmUp() {
        speller.warmUp();
    }

    @Override
    public List<Finding> check(LintContext context) {
        SpellingFilter filter = new SpellingFilter(context.options().knownWord());
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (TextRun run : BodyText.runs(context.handout())) {
            if (run.text().isBlank()) {
                continue;
            }
            List<Misspelling> misspelt = speller.check(run.text(), m -> filter.report(run, m)
                    && reported.add(run.line() + "\u0000" + m.word().toLowerCase(Locale.ROOT)));
            for (Misspelling m : misspelt) {
                findings.add(Finding.warning(CODE, run.line(), message(m)));
            }
        }
        return findings;
    }

    private static String message(Misspelling m) {
        String word = Quote.of(m.word(), 40);
        if (m.suggestions().isEmpty()) {
            return word + " is not in the dictionary; check the spelling, or add it to a glossary if it is correct.";
        }
        String options = m.suggestions().stream().map(s -> Quote.of(s, 40)).collect(Collectors.joining(" or "));
        return word + " may be misspelled; did you mean " + options + "?";
    }
}
