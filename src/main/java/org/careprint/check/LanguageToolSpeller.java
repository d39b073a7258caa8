package org.careprint.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import org.careprint.model.CarePrintException;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.en.MorfologikAmericanSpellerRule;

/**
 * LanguageTool's American English spelling rule and nothing else. Rather than loading every LanguageTool rule
 * and disabling all but one (tens of seconds), we build only the speller rule and feed it sentences that
 * JLanguageTool has tokenized, tagged and disambiguated (the disambiguator marks URLs and the like as
 * not-to-be-spellchecked).
 *
 * <p>JLanguageTool is not thread-safe and costs seconds to start, so engines are pooled: a caller borrows an
 * idle engine or builds one, and returns it after use. The pool belongs to one Checker (no static state); the
 * first engine is built on first use.
 */
final class LanguageToolSpeller {
    private static final int MAX_SUGGESTIONS = 3;
    private final ConcurrentLinkedDeque<Engine> idle = new ConcurrentLinkedDeque<>();

    /**
     * Misspellings in {@code text} that {@code wanted} keeps, with offsets into it. Suggestions are computed
     * (slowly) only for kept words, so the filter sees misspellings without suggestions.
     */
    List<Misspelling> check(String text, Predicate<Misspelling> wanted) {
        Engine engine = idle.pollFirst();
        if (engine == null) {
            engine = new Engine();
        }
        try {
            return engine.check(text, wanted);
        } finally {
            idle.offerFirst(engine);
        }
    }

    /** Builds one engine ahead of time so the first check does not pay the start-up. */
    void warmUp() {
        if (idle.isEmpty()) {
            Engine engine = new Engine();
            engine.check("Warm up.", m -> true);
            idle.offerFirst(engine);
        }
    }

    private static final class Engine {
        private final Language language;
        private final JLanguageTool tool;
        private final MorfologikAmericanSpellerRule rule;

        Engine() {
            // LanguageTool logs through SLF4J; with no binding on the class path SLF4J prints three warning
            // lines to stderr, which would land in `careprint check` output. Silence only that notice.
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "ERROR");
            }
            try {
                language = Languages.getLanguageForShortCode("en-US");
                tool = new JLanguageTool(language);
                rule = new MorfologikAmericanSpellerRule(JLanguageTool.getMessageBundle(), language, null, List.of());
            } catch (IOException | RuntimeException e) {
                throw new CarePrintException("The spelling check could not start LanguageTool (" + e.getMessage()
                        + "); reinstall CarePrint or run without the spelling check.", e);
            }
        }

        List<Misspelling> check(String text, Predicate<Misspelling> wanted) {
            List<Misspelling> found = new ArrayList<>();
            int offset = 0;
            try {
                for (String sentence : tool.sentenceTokenize(text)) {
                    int at = text.indexOf(sentence, offset);
                    int base = at >= 0 ? at : offset;
                    RuleMatch[] matches;
                    try {
                        AnalyzedSentence analyzed = tool.getAnalyzedSentence(sentence);
                        matches = rule.match(analyzed);
                    } catch (RuntimeException e) {
                        // Odd content must never stop a check; an unanalysable sentence is just not spell-checked.
                        offset = base + sentence.length();
                        continue;
                    }
                    for (RuleMatch match : matches) {
                        int from = base + match.getFromPos();
                        int to = Math.min(text.length(), base + match.getToPos());
                        if (from < 0 || from >= to) {
                            continue;
                        }
                        Misspelling bare = new Misspelling(from, to, text.substring(from, to), List.of());
                        if (!wanted.test(bare)) {
                            continue;
                        }
                        List<String> suggestions = match.getSuggestedReplacements();
                        found.add(new Misspelling(from, to, bare.word(),
                                suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()))));
                    }
                    offset = base + sentence.length();
                }
            } catch (IOException e) {
                throw new CarePrintException("The spelling check failed inside LanguageTool (" + e.getMessage()
                        + "); run without the spelling check.", e);
            }
            return found;
        }
    }
}
