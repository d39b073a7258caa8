package org.careprint.transcript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careprint.output.Job;
import org.careprint.output.Output;
import org.careprint.output.OutputKind;
import org.careprint.output.Rendered;
import org.careprint.output.Sink;
import org.careprint.output.WrittenFile;

/** NAME.txt, a UTF-8 plain-text transcript of the handout (--transcript). */
public final class TranscriptOutput implements Output {
    /** The transcript has no options of its own beyond being asked for. */
    public record Kind() implements OutputKind {
        @Override
        public String id() {
            return "transcript";
        }

        @Override
        public List<String> roles() {
            return List.of("transcript");
        }

        @Override
        public Output newOutput() {
            return new TranscriptOutput();
        }
    }

    @Override
    public String fingerprint(Job job) {
        return "text/plain utf-8 " + job.organization();
    }

    @Override
    public Rendered render(Job job, Sink sink) throws IOException {
        String name = job.name() + ".txt";
        String text = TranscriptWriter.write(job.handout(), job.review(), job.organization());
        OutputStream out = sink.open(name);
        out.write(text.getBytes(StandardCharsets.UTF_8));
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("words", text.isBlank() ? 0 : text.trim().split("\\s+").length);
        return new Rendered(List.of(new WrittenFile("transcript", name, "Download the text transcript", null, figures)),
                List.of());
    }
}
