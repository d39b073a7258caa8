package org.careprint.batch;

import java.util.ArrayList;
import java.util.List;
import org.careprint.audio.AudioOptions;
import org.careprint.audio.AudioOutput;
import org.careprint.epub.EpubOutput;
import org.careprint.audio.Voices;
import org.careprint.output.OutputKind;
import org.careprint.podcast.ChaptersOutput;
import org.careprint.print.PdfOutput;
import org.careprint.transcript.TranscriptOutput;

/**
 * Every output format CarePrint knows, with this run's options: one line each. The batch, report.json,
 * the index page, progress lines and incremental builds work from this list alone.
 */
final class OutputRegistry {
    private OutputRegistry() {
    }

    static List<OutputKind> enabled(RunContext ctx) {
        BatchOptions o = ctx.options();
        List<OutputKind> kinds = new ArrayList<>();
        if (o.pdf()) {
            kinds.add(new PdfOutput.Kind(ctx.styles(), o.style(), o.paper(), o.showOverdue(),
                    o.audio() && o.audioUrl() != null ? new PdfOutput.AudioLink(o.audioUrl(), o.audioFormat()) : null));
        }
        if (o.audio()) {
            kinds.add(new AudioOutput.Kind(audioOptions(o), Voices.choice(o.voice())));
        }
        if (o.audio() && o.audioUrl() != null) { // the podcast feed's chapters, from the audio handed on
            kinds.add(new ChaptersOutput.Kind());
        }
        if (o.transcript()) {
            kinds.add(new TranscriptOutput.Kind());
        }
        if (o.epub()) { // after audio and PDF: embeds the MP3 and maps the printed pages they hand on
            kinds.add(new EpubOutput.Kind(audioOptions(o), o.audio() && "mp3".equals(o.audioFormat()),
                    Voices.choice(o.voice())));
        }
        return kinds;
    }

    private static AudioOptions audioOptions(BatchOptions o) {
        return new AudioOptions(o.audioFormat(), o.rate(), o.bitrate(), o.organization(), o.lexicons(), o.loudness(),
                o.showOverdue(), o.audioGlossary());
    }

    /** The report keys of the given outputs' files, in order. */
    static List<String> roles(List<OutputKind> kinds) {
        List<String> roles = new ArrayList<>();
        kinds.forEach(k -> roles.addAll(k.roles()));
        return roles;
    }
}
