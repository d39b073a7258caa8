package org.careprint.audio;

import java.util.List;

/**
 * One spoken unit of the script: a whole sentence, synthesized as one utterance so its intonation is natural, and
 * the caption cues it is shown as (one, or caption-sized phrases of a long sentence; {@link CueTimer} times them).
 *
 * @param written     the text as written (shown in the WebVTT transcript)
 * @param spoken      the normalized text the voice reads (before lexicon respelling)
 * @param pauseBefore seconds of silence wanted before it (the gap between two units is the larger of the two pauses)
 * @param pauseAfter  seconds of silence wanted after it
 * @param chapter     title of the chapter that starts here, or null
 * @param cues        the caption pieces in order; their written texts joined by spaces are {@code written}
 */
record Utterance(String written, String spoken, double pauseBefore, double pauseAfter, String chapter,
                 List<Piece> cues) {

    /** One caption cue of an utterance: its text as written and as the voice reads it. */
    record Piece(String written, String spoken) {
    }

    Utterance {
        cues = cues == null || cues.isEmpty() ? List.of(new Piece(written, spoken)) : List.copyOf(cues);
    }

    /** A unit shown as one cue. */
    Utterance(String written, String spoken, double pauseBefore, double pauseAfter, String chapter) {
        this(written, spoken, pauseBefore, pauseAfter, chapter, List.of());
    }

    /** A sentence from its caption pieces (each with words to say). */
    static Utterance of(List<Piece> pieces, double pauseBefore, double pauseAfter, String chapter) {
        StringBuilder written = new StringBuilder();
        StringBuilder spoken = new StringBuilder();
        for (Piece p : pieces) {
            written.append(written.length() == 0 ? "" : " ").append(p.written());
            spoken.append(spoken.length() == 0 ? "" : " ").append(p.spoken());
        }
        return new Utterance(written.toString(), spoken.toString(), pauseBefore, pauseAfter, chapter, pieces);
    }

    public boolean startsChapter() {
        return chapter != null;
    }

    /** Words the listener hears: whitespace-separated tokens holding a letter or digit. */
    public int spokenWords() {
        return Words.count(spoken);
    }

    Utterance withPauseAfter(double pause) {
        return new Utterance(written, spoken, pauseBefore, pause, chapter, cues);
    }
}
