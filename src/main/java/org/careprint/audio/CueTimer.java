package org.careprint.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts the caption cues of one synthesized sentence from the voice's own timing (issue 16): a sentence is spoken as
 * one utterance and its caption pieces are placed on it, not the other way round. With phone timings each cut goes
 * where the text's syllables say (the k-th vowel of the utterance) and, when the voice paused there, into that pause;
 * a piece that ends at a comma, semicolon or colon snaps to the voice's nearest pause. Without phones the cuts are
 * proportional to syllables.
 */
final class CueTimer {
    /** Vowels either side of the syllable estimate searched for a voice pause at a punctuated break. */
    private static final int SNAP_VOWELS = 2;

    private CueTimer() {
    }

    /** {@code [start, end)} in samples of {@code speech.pcm()} for each piece (texts as the voice read them). */
    static List<int[]> spans(List<String> pieces, Speech speech) {
        int n = pieces.size();
        int length = speech.pcm().length();
        List<int[]> out = new ArrayList<>(n);
        if (n <= 1) {
            out.add(new int[] {0, length});
            return out;
        }
        double[] syllables = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            syllables[i] = syllables(pieces.get(i));
            total += syllables[i];
        }
        List<Speech.Phone> phones = speech.phones();
        List<Integer> vowels = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            if (phones.get(i).vowel()) {
                vowels.add(i);
            }
        }
        int start = 0;
        double done = 0;
        for (int i = 0; i < n - 1; i++) {
            done += syllables[i];
            double fraction = total <= 0 ? (i + 1) / (double) n : done / total;
            int[] cut = vowels.size() >= 2
                    ? atPhones(phones, vowels, fraction, punctuated(pieces.get(i)))
                    : new int[] {(int) Math.round(fraction * length), (int) Math.round(fraction * length)};
            int end = Math.max(start, Math.min(length, cut[0]));
            out.add(new int[] {start, end});
            start = Math.max(end, Math.min(length, cut[1]));
        }
        out.add(new int[] {start, length});
        return out;
    }

    /** {end of this cue, start of the next}: equal unless the cut lies in a pause, which then belongs to neither. */
    private static int[] atPhones(List<Speech.Phone> phones, List<Integer> vowels, double fraction, boolean phrase) {
        int k = (int) Math.round(fraction * vowels.size());
        k = Math.max(1, Math.min(vowels.size() - 1, k)); // the cut lies after the k-th vowel, before the next
        int after = vowels.get(k - 1);
        int before = vowels.get(k);
        int pause = pauseBetween(phones, after, before);
        if (pause < 0 && phrase) {
            for (int d = 1; d <= SNAP_VOWELS && pause < 0; d++) {
                if (k + d < vowels.size()) {
                    pause = pauseBetween(phones, vowels.get(k + d - 1), vowels.get(k + d));
                }
                if (pause < 0 && k - d >= 1) {
                    pause = pauseBetween(phones, vowels.get(k - d - 1), vowels.get(k - d));
                }
            }
        }
        if (pause >= 0) {
            return new int[] {startOf(phones, pause), phones.get(pause).end()};
        }
        int consonants = before - after - 1; // between the two vowels; the word boundary is taken near their middle
        int at = startOf(phones, after + 1 + consonants / 2);
        return new int[] {at, at};
    }

    private static int pauseBetween(List<Speech.Phone> phones, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (phones.get(i).pause()) {
                return i;
            }
        }
        return -1;
    }

    private static int startOf(List<Speech.Phone> phones, int index) {
        return index == 0 ? 0 : phones.get(index - 1).end();
    }

    private static boolean punctuated(String piece) {
        return piece.matches("(?s).*[,;:]\\W*$");
    }

    /** Syllables as vowel groups per word, at least one per word that has a letter or digit. */
    static int syllables(String text) {
        int n = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.chars().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            int groups = 0;
            boolean inVowel = false;
            for (int i = 0; i < word.length(); i++) {
                boolean v = "aeiouy".indexOf(word.charAt(i)) >= 0;
                groups += v && !inVowel ? 1 : 0;
                inVowel = v;
            }
            if (word.length() > 2 && word.endsWith("e") && !word.endsWith("le") && groups > 1) {
                groups--; // silent final e: "time", "bone"
            }
            n += Math.max(1, groups);
        }
        return n;
    }
}
