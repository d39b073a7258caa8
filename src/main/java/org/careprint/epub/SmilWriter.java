package org.careprint.epub;

import java.util.List;
import java.util.Locale;
import org.careprint.audio.Timeline;
import org.careprint.model.Markup;

/**
 * The media overlay: one {@code <par>} per cue of the audio {@link Timeline}, in the order spoken, pairing the text
 * it reads (a phrase's span, or the element it is about) with its clip of the MP3. Clip times are the captions'
 * whole milliseconds, so the overlay and the WebVTT file agree to the millisecond.
 */
final class SmilWriter {
    static final String FILE = "content.smil";

    private SmilWriter() {
    }

    static String write(Timeline timeline, List<CueAligner.Target> targets, String audioHref) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n"
                + "<body>\n<seq id=\"seq1\" epub:textref=\"" + ContentDocument.FILE + "\" epub:type=\"bodymatter\">\n");
        for (int i = 0; i < timeline.cues().size(); i++) {
            Timeline.Cue cue = timeline.cues().get(i);
            sb.append("<par id=\"par").append(i + 1).append("\"><text src=\"").append(ContentDocument.FILE).append('#')
                    .append(Markup.xml(targets.get(i).id())).append("\"/><audio src=\"").append(Markup.xml(audioHref))
                    .append("\" clipBegin=\"").append(clock(timeline.millis(cue.start()))).append("\" clipEnd=\"")
                    .append(clock(timeline.millis(cue.end()))).append("\"/></par>\n");
        }
        return sb.append("</seq>\n</body>\n</smil>\n").toString();
    }

    /** "h:mm:ss.fff", the full clock value form of SMIL 3.0 (and EPUB's media:duration). */
    static String clock(long ms) {
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
