package org.careprint.audio;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/**
 * A handout as the listener hears it: ordered utterances with pauses and chapter marks. Chapters are
 * "Opening", one per level-2 heading, and "Words to know" when the page has defined terms.
 */
record SpeechScript(String title, List<Utterance> utterances) {
    public SpeechScript {
        utterances = List.copyOf(utterances);
    }

    static SpeechScript of(Handout handout, ReviewInfo review, TextNormalizer normalizer) {
        return of(handout, review, normalizer, false, AudioOptions.DEFAULT_GLOSSARY);
    }

    /**
     * @param showOverdue say "Review overdue since …" for overdue pages (else "Next review due …", as print does)
     * @param glossary    inline, end or none: where defined glossary terms are explained
     */
    static SpeechScript of(Handout handout, ReviewInfo review, TextNormalizer normalizer, boolean showOverdue,
                                  String glossary) {
        return new ScriptBuilder(normalizer, showOverdue, glossary).build(handout, review);
    }

    public List<String> chapterTitles() {
        List<String> titles = new ArrayList<>();
        for (Utterance u : utterances) {
            if (u.startsChapter()) {
                titles.add(u.chapter());
            }
        }
        return titles;
    }

    public int spokenWords() {
        return utterances.stream().mapToInt(Utterance::spokenWords).sum();
    }
}
