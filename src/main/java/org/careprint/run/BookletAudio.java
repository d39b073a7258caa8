package org.careprint.run;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careprint.audio.AudioOptions;
import org.careprint.audio.AudioProgramme;
import org.careprint.batch.BatchOptions;
import org.careprint.batch.OutputFile;
import org.careprint.booklet.BookletHandout;
import org.careprint.booklet.BookletOptions;
import org.careprint.output.Figures;
import org.careprint.review.ReviewWording;

/**
 * The booklet's audio companion: the handouts in book order as one {@link AudioProgramme}, with build's audio
 * options (--rate, --bitrate, --loudness, --audio-glossary, --lexicon, --org, --show-overdue); always MP3.
 */
final class BookletAudio {
    private BookletAudio() {
    }

    static AudioProgramme.Result write(BatchOptions o, BookletOptions booklet, List<BookletHandout> handouts,
                                       OutputStream mp3, OutputStream vtt) throws IOException {
        AudioProgramme programme = new AudioProgramme(new AudioOptions("mp3", o.rate(), o.bitrate(), o.organization(),
                o.lexicons(), o.loudness(), o.showOverdue(), o.audioGlossary()));
        List<AudioProgramme.Part> parts = handouts.stream()
                .map(h -> new AudioProgramme.Part(h.title(), h.handout(), h.review())).toList();
        LocalDate oldest = handouts.stream().map(h -> h.review() == null ? h.handout().metadata().reviewed()
                : h.review().reviewed()).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        String comment = Figures.plural(handouts.size(), "handout") + ", a chapter for each. "
                + (oldest == null ? "Review dates not known." : "Oldest medical review " + ReviewWording.longDate(oldest) + ".");
        String year = booklet.printed() == null ? null : String.valueOf(booklet.printed().getYear());
        return programme.render(booklet.title(), year, comment, parts, mp3, vtt);
    }

    /** The report's view of a written file; {@code audio} adds its figures. */
    static OutputFile file(String role, String name, long bytes, AudioProgramme.Result audio) {
        Map<String, Number> figures = new LinkedHashMap<>();
        if (audio != null) {
            figures.put("durationSeconds", Figures.round(audio.durationSeconds(), 2));
            figures.put("chapters", audio.timeline().chapters().size());
            figures.put("loudnessLufs", Figures.round(audio.loudnessLufs(), 1));
            figures.put("truePeakDbtp", Figures.round(audio.truePeakDbtp(), 1));
            figures.put("overallWpm", Figures.round(audio.overallWpm(), 1));
        }
        return new OutputFile(role, name, bytes, null, null, figures);
    }
}
