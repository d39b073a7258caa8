package org.careprint.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careprint.output.Figures;
import org.careprint.output.Job;
import org.careprint.output.Output;
import org.careprint.output.OutputKind;
import org.careprint.output.Rendered;
import org.careprint.output.Sink;
import org.careprint.output.WrittenFile;

/**
 * The spoken edition as an output: NAME.mp3 (or .wav) with chapters and NAME.vtt captions, one
 * {@link AudioRenderer} per organization on this thread (the organization goes into the ID3 tags).
 */
public final class AudioOutput implements Output {
    private final Kind kind;
    private final Map<String, AudioRenderer> renderers = new HashMap<>();

    private AudioOutput(Kind kind) {
        this.kind = kind;
    }

    /**
     * The run's audio options and voice ({@link Voices#choice}); {@code options.organization()} is replaced per
     * document by the job's.
     */
    public record Kind(AudioOptions options, SpeechEngine.Choice voice) implements OutputKind {
        public Kind(AudioOptions options) {
            this(options, FreeTtsVoice.KEVIN16);
        }

        @Override
        public String id() {
            return "audio";
        }

        @Override
        public List<String> roles() {
            return List.of("audio", "captions");
        }

        @Override
        public Output newOutput() {
            return new AudioOutput(this);
        }
    }

    @Override
    public String fingerprint(Job job) {
        return renderer(job).fingerprint(); // voice, lexicon and every option, with this document's organization
    }

    @Override
    public Rendered render(Job job, Sink sink) throws IOException {
        String audioName = job.name() + "." + kind.options().format();
        String vttName = job.name() + ".vtt";
        // Rendered into memory first so the exact bytes can be handed on (the e-book embeds this very file).
        OutputStream audioFile = sink.open(audioName);
        ByteArrayOutputStream audio = new ByteArrayOutputStream(1 << 20);
        AudioResult r = renderer(job).render(job.handout(), job.review(), audio, sink.open(vttName));
        byte[] bytes = audio.toByteArray();
        audioFile.write(bytes);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("durationSeconds", Figures.round(r.durationSeconds(), 2));
        figures.put("chapters", r.chapterCount());
        figures.put("loudnessLufs", Figures.round(r.loudnessLufs(), 1));
        figures.put("truePeakDbtp", Figures.round(r.truePeakDbtp(), 1));
        figures.put("speechWpm", Figures.round(r.speechWpm(), 1));
        figures.put("overallWpm", Figures.round(r.overallWpm(), 1));
        String kindName = "wav".equals(kind.options().format()) ? "WAV" : "MP3";
        return new Rendered(List.of(
                new WrittenFile("audio", audioName, "Download the audio edition (" + kindName + ")",
                        Figures.duration(r.durationSeconds()) + " of audio", figures),
                new WrittenFile("captions", vttName, "Download the captions (WebVTT text)", null, Map.of())),
                List.of(), List.of(new AudioEdition(audioName, kind.options().format(), bytes, r)));
    }

    private AudioRenderer renderer(Job job) {
        return renderers.computeIfAbsent(String.valueOf(job.organization()), k -> {
            AudioOptions o = kind.options();
            return new AudioRenderer(new AudioOptions(o.format(), o.wordsPerMinute(), o.bitrateKbps(),
                    job.organization(), o.lexicons(), o.loudnessLufs(), o.showOverdue(), o.glossary()), kind.voice());
        });
    }
}
