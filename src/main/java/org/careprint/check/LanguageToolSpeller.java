package org.careprint.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
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

    /** Misspellings in {@code text}, with offsets into it. */
    List<Misspelling> check(String text) {
        Engine engine = idle.pollFirst();
        if (engine == null) {
            engine = new Engine();
        }
        try {
            return engine.check(text);
        } finally {
            idle.offerFirst(engine);
        }
    }

    /** Builds one engine ahead of time so the first check does not pay the start-up. */
    void warmUp() {
        if (idle.isEmpty()) {
            Engine engine = new Engine();
            engine.check("Warm up.");
            idle.offerFirst(engine);
        }
    }

    private static final class Engine {
        private final Language language;
        private final JLanguageTool tool;
        private final MorfologikAmericanSpellerRule rule;

        Engine() {
            try {
                language = Languages.getLanguageForShortCode("en-US");
                tool = new JLanguageTool(language);
                rule = new MorfologikAmericanSpellerRule(JLanguageTool.getMessageBundle(), language, null, List.of());
            } catch (IOException | RuntimeException e) {
                throw new CarePrintException("The spelling check could not start LanguageTool (" + e.getMessage()
                        + "); reinstall CarePrint or run without the spelling check.", e);
            }
        }

        List<Misspelling> check(String text) {
            List<Misspelling> found = new ArrayList<>();
            int offset = 0;
            try {
                for (String sentence : tool.sentenceTokenize(text)) {
                    int at = text.indexOf(sentence, offset);
                    int base = at >= 0 ? at : offset;
                    AnalyzedSentence analyzed = tool.getAnalyzedSentence(sentence);
                    for (RuleMatch match : rule.match(analyzed)) {
                        int from = base + match.getFromPos();
                        int to = Math.min(text.length(), base + match.getToPos());
                        if (from < 0 || from >= to) {
                            continue;
                        }
                        List<String> suggestions = match.getSuggestedReplacements();
                        found.add(new Misspelling(from, to, text.substring(from, to),
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
