package org.careprint.glossary;

import java.util.Locale;
import java.util.Set;

/**
 * Finds where an unknown term that ends at a scraped {@code info-icon} marker starts: the noun phrase
 * ending there, i.e. the adjectives and nouns before the marked word, back to a determiner, pronoun,
 * preposition, conjunction, verb, adverb, generic adjective, punctuation or the start of the sentence
 * ("a certified lymphedema therapist", "an infection called cellulitis"). Rule-based with closed word
 * lists: the words that end a noun phrase are a small closed class, the words inside it are not.
 */
final class NounPhrase {
    /** The most words an unknown term may have; longer runs are almost always running text. */
    static final int MAX_WORDS = 5;

    private static final String CLAUSE_END = ".,;:!?)]}\"\u201d\u2019\u2026";
    private static final String OPENERS = "([{\"'\u201c\u2018\u00ab";

    /** Closed-class words and frequent verbs and generic adjectives that never start a medical term. */
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(
            // determiners, quantifiers, numbers as words
            "a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "some", "no", "all", "both",
            "either", "neither", "another", "other", "such", "many", "much", "more", "most", "few", "fewer", "less",
            "least", "several", "enough", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "first", "second", "third", "last", "next", "same", "own", "only", "just", "also", "even", "very",
            // pronouns and possessives
            "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its",
            "our", "their", "yours", "ours", "theirs", "who", "whom", "whose", "which", "what", "where", "when", "why",
            "how", "there", "here",
            // prepositions and conjunctions
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "about", "into", "onto", "over",
            "under", "after", "before", "during", "through", "throughout", "between", "among", "against", "within",
            "around", "near", "like", "unlike", "as", "than", "via", "per", "upon", "toward", "towards", "across",
            "along", "behind", "beyond", "below", "above", "inside", "outside", "since", "until", "while", "because",
            "although", "though", "if", "unless", "whether", "and", "or", "but", "nor", "so", "yet", "then", "not",
            "called", "named", "known", "termed", "including", "includes", "include", "included", "e.g", "i.e", "vs",
            // auxiliaries and frequent verbs
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
            "can", "could", "may", "might", "must", "shall", "should", "will", "would", "get", "gets", "got", "getting",
            "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "give", "gives", "gave",
            "given", "giving", "use", "uses", "used", "using", "need", "needs", "needed", "help", "helps", "helped",
            "cause", "causes", "caused", "causing", "treat", "treats", "treated", "treating", "find", "finds", "found",
            "show", "shows", "showed", "shown", "see", "sees", "seen", "tell", "tells", "told", "ask", "asks", "asked",
            "call", "calls", "mean", "means", "meant", "become", "becomes", "became", "remove", "removes", "removed",
            "check", "checks", "checked", "test", "tests", "tested", "have", "feel", "feels", "felt", "keep", "keeps",
            "kept", "reduce", "reduces", "reduced", "lower", "lowers", "raise", "raises", "increase", "increases",
            "prevent", "prevents", "prevented", "stop", "stops", "stopped", "start", "starts", "started", "spread",
            "spreads", "affect", "affects", "affected", "involve", "involves", "involved", "contain", "contains",
            "recommend", "recommends", "recommended", "receive", "receives", "received", "undergo", "undergoes",
            "talk", "learn", "know", "want", "try", "work", "works", "worked", "develop", "develops", "developed",
            "diagnosed", "occur", "occurs", "occurred", "lead", "leads", "led", "let", "lets", "say", "says", "said",
            "put", "puts", "look", "looks", "looked", "seem", "seems", "measure", "measures", "measured", "block",
            "blocks", "blocked", "kill", "kills", "killed", "shrink", "shrinks", "target", "targets", "targeted",
            "form", "forms", "formed", "grow", "grows", "grew", "grown", "produce", "produces", "produced",
            "happen", "happens", "happened", "include", "offer", "offers", "offered", "perform", "performed",
            "called", "study", "studies", "studied", "compare", "compared", "consider", "considered", "suggest",
            "notice", "notices", "noticed", "report", "reports", "reported", "hear", "heard", "read", "write",
            "choose", "chose", "decide", "decided", "plan", "plans", "planned", "expect", "expected", "continue",
            "follow", "follows", "followed", "avoid", "avoids", "manage", "manages", "managed", "lose", "loses",
            "lost", "gain", "gains", "add", "adds", "added", "ease", "eases", "relieve", "relieves", "lessen",
            "watch", "call", "wear", "wears", "eat", "eats", "drink", "drinks", "sleep", "walk", "move", "moves",
            "change", "changes", "changed", "build", "builds", "swell", "swells", "hurt", "hurts", "happen",
            // general nouns that name who or when, not what ("people notice swelling")
            "people", "person", "persons", "patient", "patients", "doctor", "doctors", "women", "men", "children",
            "kids", "adults", "someone", "anyone", "everyone", "friends", "time", "times", "way", "ways", "thing",
            "things", "lot", "lots", "part", "parts", "kind", "kinds", "type", "types", "sort", "amount", "number",
            "day", "days", "week", "weeks", "year", "years", "month", "months", "hour", "hours", "minute", "minutes",
            // generic adjectives and adverbs that qualify a term rather than name it
            "new", "old", "original", "main", "usual", "normal", "common", "rare", "certain", "possible", "different",
            "important", "serious", "severe", "mild", "moderate", "major", "minor", "small", "smaller", "large",
            "larger", "big", "bigger", "tiny", "little", "good", "better", "best", "bad", "worse", "worst", "high",
            "higher", "low", "lower", "long", "longer", "short", "shorter", "full", "whole", "total", "specific",
            "special", "general", "particular", "various", "similar", "typical", "likely", "unlikely", "able",
            "available", "current", "recent", "future", "further", "additional", "extra", "overall", "usually",
            "often", "sometimes", "always", "never", "already", "still", "again", "now", "later", "soon", "often",
            "well", "too", "quite", "rather", "really", "mostly", "mainly", "partly", "fully", "nearby", "far",
            "same", "true", "real", "daily", "weekly", "monthly", "yearly", "right", "left", "proper", "correct",
            "exact", "standard", "regular", "frequent", "constant", "sudden", "slow", "fast", "quick", "easy",
            "hard", "difficult", "simple", "hidden", "visible", "clear", "certain", "safe", "unsafe", "healthy", "unhealthy", "sick", "ill", "affected",
            "related", "called", "so-called", "known", "unknown", "certain", "sure", "given", "extreme", "significant"));

    private NounPhrase() {
    }

    /**
     * The offset in {@code before} where the noun phrase ending with the marked word starts, or
     * {@code before.length()} when the marked word stands alone (or is glued to the text before it).
     */
    static int start(String before) {
        return start(before, "");
    }

    /**
     * As {@link #start(String)}, knowing the marked word: a capitalized name marked in mid-sentence ("the drug
     * Herceptin") only joins other capitalized words ("Li-Fraumeni"), never the common nouns before it.
     */
    static int start(String before, String marked) {
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return before.length();
        }
        boolean name = !marked.isEmpty() && Character.isUpperCase(marked.charAt(0));
        int start = before.length();
        int i = before.length();
        int words = 1;
        while (words < MAX_WORDS) {
            while (i > 0 && Character.isWhitespace(before.charAt(i - 1))) {
                i--;
            }
            if (i == 0) {
                break;
            }
            int end = i;
            while (i > 0 && !Character.isWhitespace(before.charAt(i - 1))) {
                i--;
            }
            String token = before.substring(i, end);
            if (CLAUSE_END.indexOf(token.charAt(token.length() - 1)) >= 0) {
                break;
            }
            int open = 0;
            while (open < token.length() && OPENERS.indexOf(token.charAt(open)) >= 0) {
                open++;
            }
            String word = token.substring(open);
            if (!isPhraseWord(word)) {
                break;
            }
            if (name && !word.isEmpty() && !Character.isUpperCase(word.charAt(0))) {
                break;
            }
            start = i + open;
            words++;
            if (open > 0) {
                break; // an opening bracket or quote starts the phrase
            }
        }
        return start;
    }

    /** Words ending in -s that are singular nouns or adjectives and do modify ("diabetes insipidus"). */
    private static final Set<String> NOT_PLURAL = Set.of("diabetes", "herpes", "series", "species", "measles",
            "mumps", "rabies", "scabies", "lupus", "corpus", "virus", "status", "mucus", "pubis", "pelvis", "iris",
            "bronchus", "fungus", "tetanus", "nevus", "thymus", "uterus", "sinus", "plexus", "hiatus", "fetus",
            "stenosis", "gas", "plus", "bus", "news", "physics", "genetics", "biologics", "orthopedics",
            "pediatrics", "geriatrics", "hospice");

    /** A lower-case word with a plural or third-person ending: plural nouns seldom modify another noun. */
    static boolean looksPlural(String word) {
        if (word.length() < 4 || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_PLURAL.contains(w) || w.contains("-") || w.contains("/")) {
            return false;
        }
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("ous") && !w.endsWith("'s");
    }

    static boolean isPhraseWord(String word) {
        if (word.isEmpty() || !Character.isLetterOrDigit(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.chars().allMatch(Character::isDigit)) {
            return false; // "10 lymph nodes": a count, not part of the term
        }
        if (STOP.contains(w) || w.endsWith("'s") || w.endsWith("'")) {
            return false; // possessives ("the doctor's") name the owner, not the term
        }
        if (w.length() > 4 && w.endsWith("ly") && !w.equals("early") && !w.endsWith("ily")) {
            return false; // adverbs: "usually", "slowly"
        }
        if (looksPlural(word)) {
            return false; // "removes or damages lymph nodes": a verb, or a plural that ends the phrase before
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '/' && c != '\'' && c != '.' && c != '+') {
                return false;
            }
        }
        return true;
    }
}
