package org.careprint.check;

/**
 * One sentence of body text with its counts and its own Flesch-Kincaid grade (used to name the hardest
 * sentences of a page).
 */
record SentenceScore(String text, int line, int words, int syllables, int polysyllables) {
    public double grade() {
        return Readability.fleschKincaid(words, 1, syllables);
    }
}
