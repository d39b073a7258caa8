package org.careprint.check;

import java.util.Locale;
import java.util.Map;

/**
 * Counts English syllables by vowel groups, corrected for the common spelling patterns that break that
 * count: silent final e (but syllabic -le), silent -es and -ed endings, vowel pairs that are two
 * syllables (radio, media, actual, video), -ing after a vowel, and a few words no rule gets right.
 * Compounds joined by hyphens or slashes are the sum of their parts.
 */
final class Syllables {
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("recipe", 3), Map.entry("maybe", 2), Map.entry("business", 2),
            Map.entry("create", 2), Map.entry("creates", 2), Map.entry("created", 3), Map.entry("creating", 3),
            Map.entry("element", 3), Map.entry("elements", 3), Map.entry("supplement", 3),
            Map.entry("supplements", 3), Map.entry("implement", 3), Map.entry("complement", 3),
            Map.entry("someone", 2), Map.entry("sometimes", 2), Map.entry("somewhere", 2),
            Map.entry("everyone", 3), Map.entry("anyone", 3), Map.entry("lifestyle", 2),
            Map.entry("senior", 2), Map.entry("junior", 2), Map.entry("behavior", 3), Map.entry("behaviors", 3),
            Map.entry("argue", 2), Map.entry("fire", 1), Map.entry("hour", 1), Map.entry("hours", 1), Map.entry("our", 1));

    private Syllables() {
    }

    /** Syllables in a word as written; 0 only when it holds no letters. */
    public static int count(String word) {
        int total = 0;
        for (String part : word.split("[-/\u2010\u2011\u2013\u2014]")) {
            String letters = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (!letters.isEmpty()) {
                total += countPart(letters);
            }
        }
        return total;
    }

    private static int countPart(String w) {
        Integer known = EXCEPTIONS.get(w);
        if (known != null) {
            return known;
        }
        int n = vowelGroups(w);
        n -= silentEndings(w);
        n += splitPairs(w);
        return Math.max(1, n);
    }

    private static boolean vowel(String w, int i) {
        char c = w.charAt(i);
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c == 'y' && i > 0);
    }

    private static boolean consonant(String w, int i) {
        return i >= 0 && i < w.length() && !vowel(w, i);
    }

    private static int vowelGroups(String w) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean v = vowel(w, i) && !(w.charAt(i) == 'u' && i > 0 && w.charAt(i - 1) == 'q');
            if (v && !inGroup) {
                groups++;
            }
            inGroup = v;
        }
        return groups;
    }

    /** Final letters spelled but not spoken: make, makes, used (not table, boxes, wanted). */
    private static int silentEndings(String w) {
        int len = w.length();
        int silent = 0;
        if (len > 2 && w.endsWith("e") && consonant(w, len - 2)
                && !(w.endsWith("le") && consonant(w, len - 3))) {
            silent++;
        } else if (len > 3 && w.endsWith("es") && consonant(w, len - 3)
                && "sxzcg".indexOf(w.charAt(len - 3)) < 0 && !w.endsWith("shes")
                && !(w.endsWith("les") && consonant(w, len - 4))) {
            silent++;
        } else if (len > 3 && w.endsWith("ed") && consonant(w, len - 3)
                && "td".indexOf(w.charAt(len - 3)) < 0
                && !(w.endsWith("led") && consonant(w, len - 4))) {
            silent++;
        }
        if (len > 4 && w.endsWith("gue")) {
            silent++; // fatigue, tongue
        }
        // A silent e kept before a suffix: lately, movement, hopeful, careless.
        for (String suffix : new String[] {"ely", "ement", "ements", "eful", "eless", "eness"}) {
            int at = len - suffix.length();
            if (at > 1 && w.endsWith(suffix) && consonant(w, at - 1) && vowel(w, at - 2)) {
                silent++;
                break;
            }
        }
        return silent;
    }

    /** Vowel pairs read as two syllables, which the group count merged into one. */
    private static int splitPairs(String w) {
        int extra = 0;
        for (int i = 0; i + 1 < w.length(); i++) {
            String pair = w.substring(i, i + 2);
            char before = i > 0 ? w.charAt(i - 1) : ' ';
            String rest = w.substring(i);
            switch (pair) {
                case "ia":
                    if ("ctsg".indexOf(before) < 0) {
                        extra++;
                    }
                    break;
                case "io":
                    if (!(rest.startsWith("ion") || rest.startsWith("iou")) || "ctsgxln".indexOf(before) < 0) {
                        extra++;
                    }
                    break;
                case "eo":
                    if ("gp".indexOf(before) < 0) {
                        extra++;
                    }
                    break;
                case "ua":
                case "uo":
                    if ("qg".indexOf(before) < 0) {
                        extra++;
                    }
                    break;
                case "iu":
                    extra++;
                    break;
                default:
                    break;
            }
        }
        int len = w.length();
        if (w.endsWith("iet") || w.contains("iety")) {
            extra++; // diet, anxiety
        }
        if (len > 4 && (w.endsWith("ier") || w.endsWith("iers") || w.endsWith("iest")) && consonant(w, w.lastIndexOf("ie") - 1)) {
            extra++; // easier, earliest
        }
        int ience = w.indexOf("ience");
        if (ience > 0 && w.charAt(ience - 1) != 't') {
            extra++; // science, experience (not patience)
        }
        if (len > 3 && w.endsWith("ea") && consonant(w, len - 3)) {
            extra++; // area, idea, nausea
        }
        if (len > 4 && w.endsWith("ing") && vowel(w, len - 4)) {
            extra++; // being, doing, seeing
        }
        return extra;
    }
}
