package org.careprint.audio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Rewrites written text into what a narrator says: gene names, abbreviations, dates, times, phone numbers,
 * ranges, percentages, units, ordinals and numbers become words the voice reads naturally. Rules run in a
 * fixed order (specific before general: a phone number must not be read as a range, a date not as numbers).
 */
final class TextNormalizer {

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    /** A combining accent on a Latin letter. */
    private static final java.util.regex.Pattern ACCENT = java.util.regex.Pattern.compile("(?<=\\p{IsLatin})\\p{Mn}+");

    private final List<NormalizationRule> rules;
    /** {@link SpokenForms#WORD_ACRONYMS} and the lexicon's acronyms: said as words, never spelled. */
    private final Set<String> wordAcronyms;

    /** With the bundled lexicon's acronyms. */
    TextNormalizer() {
        this(Lexicon.load(List.of()).wordAcronyms());
    }

    /** {@code lexiconAcronyms}: graphemes in capitals that a lexicon gives a pronunciation (said as words). */
    TextNormalizer(Set<String> lexiconAcronyms) {
        Set<String> words = new java.util.HashSet<>(SpokenForms.WORD_ACRONYMS);
        words.addAll(lexiconAcronyms);
        this.wordAcronyms = Set.copyOf(words);
        this.rules = List.copyOf(buildRules());
    }

    /** The rules in the order they run (for tests and documentation). */
    List<NormalizationRule> rules() {
        return rules;
    }

    /** Spoken form of one sentence or phrase of written text. */
    String normalize(String written) {
        // A line in capitals is a shouted heading, not a run of acronyms to spell out.
        String guarded = foldAccents(SpeechGuard.before(written));
        String s = isAllCaps(guarded) ? guarded.toLowerCase(Locale.ROOT) : guarded;
        for (NormalizationRule rule : rules) {
            s = rule.apply(s);
        }
        return SpeechGuard.after(s.replaceAll("\\s+", " ").replaceAll(" ([,.;:!?])", "$1").trim());
    }

    /**
     * Latin letters without their accents ("Sjögren" → "Sjogren"): the voices' letter-to-sound rules know only
     * a–z, and read "ö" as a separate letter name. Lexicon graphemes are folded the same way.
     */
    static String foldAccents(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        return java.text.Normalizer.normalize(ACCENT.matcher(decomposed).replaceAll(""), java.text.Normalizer.Form.NFC);
    }

    private static boolean isAllCaps(String text) {
        return !text.chars().anyMatch(Character::isLowerCase)
                && text.split("[^A-Z]*[^A-Za-z][^A-Z]*").length >= 3 && text.matches("(?s).*[A-Z]{6,}.*");
    }

    /** Applies only the named rule (table-driven tests). */
    String applyRule(String name, String text) {
        for (NormalizationRule rule : rules) {
            if (rule.name().equals(name)) {
                return rule.apply(text);
            }
        }
        throw new IllegalArgumentException("no rule " + name);
    }

    private List<NormalizationRule> buildRules() {
        List<NormalizationRule> r = new ArrayList<>();
        r.add(NormalizationRule.literal("trademarks", "[®™©℠]", ""));
        r.add(NormalizationRule.literal("spaces", "[\\u00A0\\u2007\\u202F\\t]", " "));
        r.add(NormalizationRule.literal("quotes", "[“”„\"]", ""));
        r.add(NormalizationRule.literal("apostrophes", "[‘’`]", "'"));
        r.add(NormalizationRule.of("email",
                "\\b([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)\\b",
                m -> spellPath(m.group(1)) + " at " + spellHost(m.group(2))));
        r.add(NormalizationRule.of("url",
                "(?i)\\b(?:https?://)?((?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:org|com|gov|net|edu|info|io|us|uk|ca|au))\\b((?:/[\\w\\-./%?=&#~]*[\\w/])?)",
                m -> spellHost(m.group(1)) + (m.group(2).isEmpty() || m.group(2).equals("/") ? ""
                        : " " + spellPath(m.group(2)))));
        r.add(NormalizationRule.literal("for-example", "(?i)\\be\\.\\s?g\\.(?:,)?", "for example,"));
        r.add(NormalizationRule.literal("that-is", "(?i)\\bi\\.\\s?e\\.(?:,)?", "that is,"));
        r.add(NormalizationRule.literal("et-cetera", "\\betc\\.", "et cetera."));
        r.add(NormalizationRule.literal("versus", "\\bvs\\.?(?=\\s)", "versus"));
        r.add(NormalizationRule.literal("doctor", "\\bDr\\.(?=\\s)", "Doctor"));
        r.add(NormalizationRule.of("phone",
                "(?:\\b1[-. ])?(?:\\((\\d{3})\\)\\s?|\\b(\\d{3})[-. ])(\\d{3})[-. ](\\d{4})\\b",
                TextNormalizer::speakPhone));
        r.add(NormalizationRule.of("time",
                "\\b(\\d{1,2}):(\\d{2})(?:\\s*([AaPp])\\.?\\s?[Mm]\\b\\.?)?",
                TextNormalizer::speakTime));
        r.add(NormalizationRule.of("iso-date", "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
                m -> speakDate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(1)), m.group())));
        r.add(NormalizationRule.of("numeric-date", "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b",
                m -> speakDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group())));
        r.add(NormalizationRule.of("long-date", "\\b" + MONTH_RE + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
                m -> month(m.group(1)) + " " + NumberWords.ordinal(Integer.parseInt(m.group(2))) + ", "
                        + NumberWords.year(Integer.parseInt(m.group(3)))));
        r.add(NormalizationRule.of("month-year", "\\b" + MONTH_RE + ",?\\s+(\\d{4})\\b",
                m -> month(m.group(1)) + " " + NumberWords.year(Integer.parseInt(m.group(2)))));
        r.add(NormalizationRule.of("month-day", "\\b" + MONTH_RE + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d:])",
                m -> month(m.group(1)) + " " + NumberWords.ordinal(Integer.parseInt(m.group(2)))));
        r.add(NormalizationRule.of("marker-sign", "\\b(ER|PR|HR|HER2|HER3|[A-Z]{1,4}\\d?)([+\u2212])(?=[\\s,.;:)]|$)",
                m -> m.group(1) + (m.group(2).equals("+") ? " positive" : " negative")));
        r.add(NormalizationRule.of("terms", termPattern(), m -> SpokenForms.TERMS.get(m.group())));
        r.add(NormalizationRule.of("stage-roman",
                "\\b(stage|Stage|STAGE|grade|Grade|type|Type|phase|Phase)\\s+(IV|III|II|I|V)(?![A-Za-z])",
                m -> m.group(1) + " " + NumberWords.cardinal(roman(m.group(2)))));
        r.add(NormalizationRule.of("money", "\\$(\\d{1,3}(?:,\\d{3})*|\\d+)(?:\\.(\\d{2}))?\\b",
                m -> NumberWords.decimal(m.group(1)) + " dollars"
                        + (m.group(2) == null || m.group(2).equals("00") ? ""
                        : " and " + NumberWords.cardinal(Integer.parseInt(m.group(2))) + " cents")));
        r.add(NormalizationRule.of("range-percent",
                "(\\d+(?:\\.\\d+)?)\\s*%?\\s*[-–—]\\s*(\\d+(?:\\.\\d+)?)\\s*%",
                m -> NumberWords.decimal(m.group(1)) + " to " + NumberWords.decimal(m.group(2)) + " percent"));
        r.add(NormalizationRule.of("percent", "(\\d+(?:\\.\\d+)?)\\s*%",
                m -> NumberWords.decimal(m.group(1)) + " percent"));
        r.add(NormalizationRule.of("range",
                "\\b(\\d+(?:\\.\\d+)?)\\s*[-–—]\\s*(\\d+(?:\\.\\d+)?)\\b",
                m -> NumberWords.decimal(m.group(1)) + " to " + NumberWords.decimal(m.group(2))));
        r.add(NormalizationRule.of("unit",
                "\\b(\\d+(?:\\.\\d+)?)\\s*(mg/m2|mg/kg|mcg|µg|mg|mL|ml|cm|mm|kg|g|L|IU|cc|lbs|lb|Gy)(?![\\w/])",
                m -> {
                    String unit = SpokenForms.UNITS.get(m.group(2));
                    boolean one = m.group(1).equals("1");
                    String words = one || unit.equals("C C") ? unit : plural(unit);
                    return NumberWords.decimal(m.group(1)) + " " + words;
                }));
        r.add(NormalizationRule.of("ordinal", "\\b(\\d{1,9})(st|nd|rd|th)\\b",
                m -> NumberWords.ordinal(Long.parseLong(m.group(1)))));
        // "stage 4A", "3D", "6MWT", "ErbB1": a number and the letters glued to it are said apart ("four A", not
        // "fourA", which the voice would read as one made-up word); "20s" and "4's" stay plurals.
        r.add(NormalizationRule.of("decade", "(?<![\\w.])(1[89]\\d0|20\\d0|[1-9]0)'?s\\b",
                m -> NumberWords.decades(m.group(1))));
        r.add(NormalizationRule.of("digits-letters", "(?<![\\w.])(\\d+)(?=[A-Za-z])(?!s\\b)", m -> m.group(1) + " "));
        r.add(NormalizationRule.of("mixed-letters-digits", "\\b([A-Za-z]*[a-z][A-Za-z]*)(\\d+)\\b",
                m -> m.group(1) + " " + m.group(2)));
        r.add(NormalizationRule.of("year", "(?<![\\d.,])\\b(1[89]\\d\\d|20\\d\\d)\\b(?![.,]\\d)",
                m -> NumberWords.year(Integer.parseInt(m.group(1)))));
        r.add(NormalizationRule.of("number", "(?<![\\w.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)",
                m -> NumberWords.decimal(m.group(1))));
        r.add(NormalizationRule.of("acronym-plural", "\\b([A-Z]{2,5})s\\b",
                m -> wordAcronyms.contains(m.group(1)) ? m.group()
                        : spaced(m.group(1).substring(0, m.group(1).length() - 1)) + " "
                        + SpokenForms.LETTER_PLURALS.getOrDefault(m.group(1).charAt(m.group(1).length() - 1),
                                m.group(1).charAt(m.group(1).length() - 1) + "s")));
        r.add(NormalizationRule.of("acronym", "\\b([A-Z]{2,5})\\b",
                m -> wordAcronyms.contains(m.group(1)) ? m.group() : spaced(m.group(1))));
        r.add(NormalizationRule.of("letters-digits", "\\b([A-Z]+[0-9][A-Z0-9]*)\\b",
                m -> spelledAlnum(m.group(1))));
        r.add(NormalizationRule.literal("ampersand", "\\s*&\\s*", " and "));
        r.add(NormalizationRule.literal("and-or", "\\band/or\\b", "and or"));
        r.add(NormalizationRule.literal("slash", "(?<=[A-Za-z])/(?=[A-Za-z])", " or "));
        r.add(NormalizationRule.literal("at-least", "≥\\s*", " at least "));
        r.add(NormalizationRule.literal("at-most", "≤\\s*", " at most "));
        r.add(NormalizationRule.literal("less-than", "<\\s*", " less than "));
        r.add(NormalizationRule.literal("more-than", ">\\s*", " more than "));
        r.add(NormalizationRule.literal("plus", "\\+", " plus "));
        r.add(NormalizationRule.literal("about", "~\\s*", " about "));
        r.add(NormalizationRule.literal("degrees", "\\s*°\\s*([FC])\\b", " degrees $1"));
        r.add(NormalizationRule.literal("dash", "\\s*[–—]\\s*", ", "));
        r.add(NormalizationRule.literal("bullet", "[•·]", " "));
        r.add(NormalizationRule.literal("brackets", "[()\\[\\]{}]", ", "));
        r.add(NormalizationRule.literal("repeated-commas", ",\\s*+(?:,\\s*+)++", ", "));
        r.add(NormalizationRule.literal("leading-comma", "^\\s*,\\s*|(?<=[.:;!?])\\s*,", " "));
        return r;
    }

    private static String termPattern() {
        StringBuilder sb = new StringBuilder("(?<![\\w/-])(?:");
        boolean first = true;
        for (String t : SpokenForms.TERMS.keySet()) {
            sb.append(first ? "" : "|").append(Pattern.quote(t));
            first = false;
        }
        return sb.append(")(?![\\w/])").toString();
    }

    private static String speakPhone(MatchResult m) {
        String all = m.group();
        StringBuilder sb = new StringBuilder();
        for (String group : all.split("[^0-9]+")) {
            if (group.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(NumberWords.digits(group));
        }
        return sb.toString();
    }

    private static String speakTime(MatchResult m) {
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            return m.group();
        }
        String suffix = m.group(3) == null ? "" : " " + m.group(3).toUpperCase(Locale.ROOT) + " M";
        String minutes;
        if (min == 0) {
            minutes = suffix.isEmpty() ? " o'clock" : "";
        } else if (min < 10) {
            minutes = " oh " + NumberWords.cardinal(min);
        } else {
            minutes = " " + NumberWords.cardinal(min);
        }
        return NumberWords.cardinal(h) + minutes + suffix;
    }

    private static String speakDate(int month, int day, int year, String original) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return original;
        }
        return MONTHS[month - 1] + " " + NumberWords.ordinal(day) + ", " + NumberWords.year(year);
    }

    private static String month(String written) {
        String key = written.replace(".", "").toLowerCase(Locale.ROOT);
        for (String m : MONTHS) {
            if (m.toLowerCase(Locale.ROOT).startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) {
                return m;
            }
        }
        return written;
    }

    private static int roman(String r) {
        switch (r) {
            case "I": return 1;
            case "II": return 2;
            case "III": return 3;
            case "IV": return 4;
            default: return 5;
        }
    }

    private static String spaced(String letters) {
        return String.join(" ", letters.split(""));
    }

    private static String spelledAlnum(String token) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = Pattern.compile("[A-Z]+|[0-9]+").matcher(token);
        while (m.find()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String part = m.group();
            sb.append(Character.isDigit(part.charAt(0)) ? NumberWords.decimal(part) : spaced(part));
        }
        return sb.toString();
    }

    private static String plural(String unit) {
        int space = unit.indexOf(" per ");
        if (space > 0) {
            return unit.substring(0, space) + "s" + unit.substring(space);
        }
        return unit.endsWith("unit") || !unit.endsWith("s") ? unit + "s" : unit;
    }

    /** "www.cancer.org" → "www dot cancer dot org". */
    private static String spellHost(String host) {
        return String.join(" dot ", host.toLowerCase(Locale.ROOT).split("\\."));
    }

    /** "/her2-info" → "slash her2 dash info": words stay words, only separators are named. */
    private static String spellPath(String path) {
        return path.replace("/", " slash ").replace(".", " dot ").replace("-", " dash ")
                .replace("_", " underscore ").replace("?", " question mark ").replace("=", " equals ")
                .replace("&", " and ").replace("%", " percent ").replace("#", " hash ").trim();
    }
}
