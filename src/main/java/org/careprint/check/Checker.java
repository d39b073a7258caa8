package org.careprint.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/** Runs every lint rule over a bound handout. Thread-safe; create one per run. */
public final class Checker {
    /** Line order, then code, then message, so output is stable whatever order rules run in. */
    static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    private final CheckOptions options;
    private final List<LintRule> rules;
    private final SpellingRule spelling;

    public Checker(CheckOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.spelling = options.spelling() ? new SpellingRule() : null;
        List<LintRule> all = new ArrayList<>(defaultRules());
        if (spelling != null) {
            all.add(spelling);
        }
        this.rules = List.copyOf(all);
    }

    /** The rules that need no set-up; spelling is added when the options ask for it. */
    public static List<LintRule> defaultRules() {
        return List.of(
                new LostListRule(),
                new MissingReviewDateRule(),
                new MissingReviewerRule(),
                new ReviewOverdueRule(),
                new ReviewDueRule(),
                new FutureDateRule(),
                new UndefinedTermRule(),
                new ReadingLevelRule(),
                new DuplicateHeadingRule());
    }

    /** The codes this checker can emit, in rule order. */
    public List<String> codes() {
        return rules.stream().map(LintRule::code).toList();
    }

    /** Starts LanguageTool ahead of the first check when spelling is on (it takes seconds); else nothing. */
    public void warmUp() {
        if (spelling != null) {
            spelling.warmUp();
        }
    }

    /** Findings of all rules, in source-line order. Reader findings are not repeated here. */
    public List<Finding> check(Handout boundHandout, ReviewInfo review) {
        LintContext context = new LintContext(boundHandout, review, options);
        List<Finding> findings = new ArrayList<>();
        for (LintRule rule : rules) {
            findings.addAll(rule.check(context));
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }
}
