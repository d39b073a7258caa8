package org.careprint.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a written sentence into caption cues of at most two lines of at most 42 characters. A sentence that fits is
 * one cue; a longer one is cut at phrase boundaries: after a comma, semicolon or colon first, else before a word
 * that opens a phrase (and, or, which, because, to, with …), in as few cues as that allows and without one- or
 * two-word orphans (a dynamic programme over the break points). The whole sentence is still one utterance; the cues
 * are timed on it by {@link CueTimer}.
 */
final class CueSplitter {
    static final int LINE = 42;
    static final int LINES = 2;
    private static final int PER_CUE = 10;
    private static final int AT_PUNCTUATION = 0;
    private static final int BEFORE_PHRASE = 4;
    private static final int BETWEEN_WORDS = 14;
    private static final int ORPHAN = 40;
    /** A cue of three or four words is allowed, but a more even cut is preferred. */
    private static final int SHORT = 6;
    /** Words that open a phrase: a cue may start with them at little cost. */
    private static final Set<String> OPENERS = Set.of("and", "or", "but", "nor", "so", "yet", "because", "although",
            "though", "while", "whereas", "unless", "until", "if", "when", "where", "which", "who", "whom", "whose",
            "that", "than", "to", "with", "without", "for", "from", "in", "into", "on", "onto", "at", "by", "of",
            "about", "after", "before", "during", "through", "between", "under", "over", "such", "like", "as",
            "including", "especially", "then", "—", "–", "-");

    private CueSplitter() {
    }

    static List<String> phrases(String sentence) {
        String s = sentence.replaceAll("\\s+", " ").trim();
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        if (fits(s)) {
            out.add(s);
            return out;
        }
        String[] words = s.split(" ");
        int n = words.length;
        long[] cost = new long[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(cost, Long.MAX_VALUE);
        cost[0] = 0;
        for (int j = 1; j <= n; j++) {
            StringBuilder piece = new StringBuilder();
            for (int i = j - 1; i >= 0; i--) {
                piece.insert(0, i == j - 1 ? words[i] : words[i] + " ");
                boolean single = i == j - 1;
                if (!single && !fits(piece.toString())) {
                    break;
                }
                if (cost[i] == Long.MAX_VALUE) {
                    continue;
                }
                long c = cost[i] + PER_CUE + (j - i <= 2 ? ORPHAN : j - i <= 4 ? SHORT : 0) + (j < n ? breakCost(words, j) : 0);
                if (c < cost[j]) { // strict: the earliest start wins ties, so the result is stable
                    cost[j] = c;
                    from[j] = i;
                }
            }
        }
        for (int j = n; j > 0; j = from[j]) {
            out.add(0, String.join(" ", java.util.Arrays.asList(words).subList(from[j], j)));
        }
        return out;
    }

    /** Cost of a cue ending before {@code words[j]}. */
    private static int breakCost(String[] words, int j) {
        String last = words[j - 1];
        char end = last.charAt(last.length() - 1);
        boolean number = Character.isDigit(words[j].charAt(0));
        if (end == ';' || end == ':' || end == ',' && !number) { // not inside "August 31, 2015" or "1, 2 and 3"
            return AT_PUNCTUATION;
        }
        String next = words[j].toLowerCase(java.util.Locale.ROOT).replaceAll("^\\W+", "");
        return OPENERS.contains(next) || OPENERS.contains(words[j]) ? BEFORE_PHRASE : BETWEEN_WORDS;
    }

    static boolean fits(String text) {
        return wrap(text).size() <= LINES;
    }

    /** Greedy line wrap at {@link #LINE} characters; a single longer word is cut so no line overflows. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > LINE) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, LINE));
                word = word.substring(LINE);
            }
            if (line.length() == 0) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= LINE) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
