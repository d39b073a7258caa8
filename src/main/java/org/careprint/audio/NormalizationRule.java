package org.careprint.audio;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One text-normalization rule: every match of {@code pattern} is replaced by what {@code speak} returns.
 * Rules are small and named so each can be tested on its own (see {@link TextNormalizer#rules()}).
 */
record NormalizationRule(String name, Pattern pattern, Function<MatchResult, String> speak) {

    static NormalizationRule of(String name, String regex, Function<MatchResult, String> speak) {
        return new NormalizationRule(name, Pattern.compile(regex), speak);
    }

    static NormalizationRule literal(String name, String regex, String replacement) {
        return new NormalizationRule(name, Pattern.compile(regex), m -> replacement);
    }

    String apply(String text) {
        return pattern.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(speak.apply(m)));
    }
}
