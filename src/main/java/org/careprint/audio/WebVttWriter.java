package org.careprint.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the transcript as WebVTT from the {@link Timeline}: UTF-8, "WEBVTT" header, one cue per phrase, at most two
 * lines of 42 characters.
 */
final class WebVttWriter {
    private WebVttWriter() {
    }

    static void write(Timeline timeline, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        for (Timeline.Cue cue : timeline.cues()) {
            sb.append(timestamp(timeline.millis(cue.start()))).append(" --> ")
                    .append(timestamp(timeline.millis(cue.end()))).append('\n');
            for (String line : CueSplitter.wrap(cue.text())) {
                sb.append(escape(line)).append('\n');
            }
            sb.append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String timestamp(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static String escape(String text) {
        // control characters (a line break would end the cue) and lone surrogates never reach the captions
        return Id3Tagger.clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
