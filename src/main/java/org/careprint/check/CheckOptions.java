package org.careprint.check;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * @param spelling   run the LanguageTool spelling rule (slow start-up)
 * @param knownWord  words never flagged as misspelt (glossary terms, lexicon words)
 * @param today      the date "future" and "overdue" are measured against
 */
public record CheckOptions(boolean spelling, Predicate<String> knownWord, LocalDate today) {
    public CheckOptions {
        if (knownWord == null) {
            knownWord = word -> false;
        }
        if (today == null) {
            today = LocalDate.now(); // callers wanting reproducible findings pass a fixed date
        }
    }

    /** Spelling off, nothing extra known, measured against {@code today}. */
    public static CheckOptions of(LocalDate today) {
        return new CheckOptions(false, null, today);
    }
}
