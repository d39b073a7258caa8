package org.careprint.audio;

/**
 * One spoken unit of the script: a sentence or caption-sized phrase.
 *
 * @param written     the text as written (shown in the WebVTT transcript)
 * @param spoken      the normalized text the voice reads (before lexicon respelling)
 * @param pauseBefore seconds of silence wanted before it (the gap between two units is the larger of the two pauses)
 * @param pauseAfter  seconds of silence wanted after it
 * @param chapter     title of the chapter that starts here, or null
 */
record Utterance(String written, String spoken, double pauseBefore, double pauseAfter, String chapter) {

    public boolean startsChapter() {
        return chapter != null;
    }

    /** Words the listener hears: whitespace-separated tokens holding a letter or digit. */
    public int spokenWords() {
        return Words.count(spoken);
    }
}
