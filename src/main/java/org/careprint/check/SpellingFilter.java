package org.careprint.check;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which of the speller's unknown words are worth reporting. Medical pages are full of words no
 * general dictionary holds, so we skip: glossary-marked terms, words the caller knows (glossary and
 * lexicon), anything with a digit (HER2, CDK4/6, BRCA1/2), abbreviations with two or more capitals (TKIs,
 * PD-L1, CNS), drug names by their international nonproprietary stems (-mab, -tinib, ...), URLs and e-mail
 * addresses, and capitalized words inside a sentence (names of people, places and organizations).
 */
final class SpellingFilter {
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\w+|\\b[\\w-]+\\.(?:com|org|gov|edu|net)\\b\\S*");
    private static final String[] DRUG_STEMS = {
        "mab", "nib", "ciclib", "parib", "lisib", "platin", "rubicin", "taxel", "tecan", "citabine",
        "trozole", "relin", "relix", "mustine", "fosfamide", "uracil", "lutamide", "dronate", "vedotin",
        "deruxtecan", "emtansine", "limus", "stim", "poetin"};
    private final Predicate<String> knownWord;

    SpellingFilter(Predicate<String> knownWord) {
        this.knownWord = knownWord;
    }

    boolean report(TextRun run, Misspelling m) {
        String word = m.word().strip();
        if (word.isEmpty() || run.insideTerm(m.from(), m.to()) || insideLink(run.text(), m.from(), m.to())) {
            return false;
        }
        return !known(word) && !hasDigit(word) && !abbreviation(word) && !drugName(word)
                && !(Character.isUpperCase(word.codePointAt(0)) && !sentenceStart(run.text(), m.from()));
    }

    private boolean known(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (knownWord.test(word) || knownWord.test(lower)) {
            return true;
        }
        // "trastuzumab's", "pertuzumab-based": the stem is what the glossary knows.
        String stem = lower.replaceAll("['\u2019]s$", "");
        if (!stem.equals(lower) && knownWord.test(stem)) {
            return true;
        }
        String[] parts = lower.split("[-/\u2010\u2011]");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !knownWord.test(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDigit(String word) {
        return word.codePoints().anyMatch(Character::isDigit);
    }

    private static boolean abbreviation(String word) {
        return word.codePoints().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean drugName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 7) {
            return false;
        }
        for (String stem : DRUG_STEMS) {
            if (lower.endsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideLink(String text, int from, int to) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (from < m.end() && to > m.start()) {
                return true;
            }
        }
        return false;
    }

    /** True when only spaces, opening quotes or brackets separate {@code at} from a sentence boundary. */
    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201c\u2018(\u2022*-".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0;
    }
}
