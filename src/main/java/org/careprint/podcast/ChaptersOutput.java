package org.careprint.podcast;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careprint.audio.AudioEdition;
import org.careprint.audio.Timeline;
import org.careprint.output.Handoff;
import org.careprint.output.Job;
import org.careprint.output.Output;
import org.careprint.output.OutputKind;
import org.careprint.output.Rendered;
import org.careprint.output.Sink;
import org.careprint.output.WrittenFile;

/**
 * NAME.chapters.json beside each audio edition (with --audio-url): the Podcasting 2.0 JSON chapters file the podcast
 * feed points at, written from the audio output's {@link Timeline} (handed on, so the chapters are exactly the ID3
 * ones). Nothing is written when the audio output did not run.
 */
public final class ChaptersOutput implements Output {
    static final String VERSION = "1.2.0";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** No options: the timeline decides everything. */
    public record Kind() implements OutputKind {
        @Override
        public String id() {
            return "chapters";
        }

        @Override
        public List<String> roles() {
            return List.of("chapters");
        }

        @Override
        public Output newOutput() {
            return new ChaptersOutput();
        }
    }

    @Override
    public String fingerprint(Job job) {
        return "podcast chapters " + VERSION; // the timeline comes from the audio output, whose fingerprint counts
    }

    @Override
    public Rendered render(Job job, Sink sink) throws IOException {
        return render(job, sink, Handoff.NONE);
    }

    @Override
    public Rendered render(Job job, Sink sink, Handoff earlier) throws IOException {
        Optional<Timeline> timeline = earlier.find(AudioEdition.class).map(a -> a.result().timeline());
        if (timeline.isEmpty()) {
            return new Rendered(List.of(), List.of());
        }
        String name = job.name() + ".chapters.json";
        sink.open(name).write(json(timeline.get()).getBytes(StandardCharsets.UTF_8));
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("chapters", timeline.get().chapters().size());
        return new Rendered(List.of(new WrittenFile("chapters", name, null, null, figures)), List.of());
    }

    /** {"version": "1.2.0", "chapters": [{"startTime": 0.5, "endTime": 12.25, "title": "Opening"}, …]}. */
    static String json(Timeline t) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode chapters = root.putArray("chapters");
        for (Timeline.Chapter c : t.chapters()) {
            chapters.addObject().put("startTime", seconds(t, c.start())).put("endTime", seconds(t, c.end()))
                    .put("title", c.title());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** Whole milliseconds, as the captions and ID3 chapters have them. */
    private static BigDecimal seconds(Timeline t, long sample) {
        return BigDecimal.valueOf(t.millis(sample), 3);
    }
}
