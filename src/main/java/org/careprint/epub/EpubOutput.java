package org.careprint.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careprint.audio.AudioEdition;
import org.careprint.audio.AudioOptions;
import org.careprint.audio.AudioRenderer;
import org.careprint.audio.SpeechEngine;
import org.careprint.audio.AudioResult;
import org.careprint.output.Handoff;
import org.careprint.output.Job;
import org.careprint.output.Output;
import org.careprint.output.OutputKind;
import org.careprint.output.Rendered;
import org.careprint.output.Sink;
import org.careprint.output.WrittenFile;
import org.careprint.print.PdfResult;

/**
 * NAME.epub, an EPUB 3.3 read-along book (--epub; on by default with audio): the handout's text with the audio
 * edition's MP3 and a media overlay from its timeline. It embeds the MP3 the audio output handed on when there is
 * one; otherwise (no audio output, or WAV) it speaks the handout itself with the same options, as MP3. When the PDF
 * output ran first, its page starts become the book's page list.
 */
public final class EpubOutput implements Output {
    private final Kind kind;
    private final Map<String, AudioRenderer> renderers = new HashMap<>();

    private EpubOutput(Kind kind) {
        this.kind = kind;
    }

    /**
     * @param audio           the run's audio options (the voice the book speaks with); the organization is replaced
     *                        per document
     * @param audioHandsOn    true when the audio output runs before this one and writes MP3, so its file (and its
     *                        fingerprint, already in the build hash) is what the book embeds
     * @param voice           the run's voice ({@code --voice}), for a book that speaks for itself
     */
    public record Kind(AudioOptions audio, boolean audioHandsOn, SpeechEngine.Choice voice) implements OutputKind {
        @Override
        public String id() {
            return "epub";
        }

        @Override
        public List<String> roles() {
            return List.of("epub");
        }

        @Override
        public Output newOutput() {
            return new EpubOutput(this);
        }
    }

    @Override
    public String fingerprint(Job job) {
        // With the audio output's MP3 handed on, its fingerprint is in the build hash already; a renderer (which
        // starts loading its voice) is made only when the book must speak for itself.
        return "epub 3.3 media overlays; " + (kind.audioHandsOn() ? "audio handed on" : renderer(job).fingerprint());
    }

    @Override
    public Rendered render(Job job, Sink sink) throws IOException {
        return render(job, sink, Handoff.NONE);
    }

    @Override
    public Rendered render(Job job, Sink sink, Handoff earlier) throws IOException {
        String name = job.name() + ".epub";
        OutputStream out = sink.open(name);
        Optional<AudioEdition> handed = earlier.find(AudioEdition.class)
                .filter(a -> "mp3".equals(a.format()) && a.result().timeline() != null);
        byte[] mp3;
        AudioResult audio;
        if (handed.isPresent()) {
            mp3 = handed.get().bytes();
            audio = handed.get().result();
        } else {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
            audio = renderer(job).render(job.handout(), job.review(), buffer, OutputStream.nullOutputStream());
            mp3 = buffer.toByteArray();
        }
        List<String> pageStarts = earlier.find(PdfResult.class).map(PdfResult::pageStarts).orElse(null);
        EpubBook.Book book = EpubBook.build(new EpubBook.Input(job.handout(), job.review(), job.name(),
                job.organization(), kind.audio().showOverdue(), job.creationEpoch(), mp3, audio.timeline(), pageStarts));
        out.write(book.bytes());
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("phrases", book.cues());
        figures.put("phrasesInText", book.verbatimCues());
        figures.put("printPages", book.pages());
        return new Rendered(List.of(new WrittenFile("epub", name, "Download the read-along book (EPUB)",
                "read-along book, " + book.verbatimCues() + " of " + book.cues() + " phrases highlighted in the text",
                figures)), List.of());
    }

    private AudioRenderer renderer(Job job) {
        return renderers.computeIfAbsent(String.valueOf(job.organization()), k -> {
            AudioOptions o = kind.audio();
            return new AudioRenderer(new AudioOptions("mp3", o.wordsPerMinute(), o.bitrateKbps(), job.organization(),
                    o.lexicons(), o.loudnessLufs(), o.showOverdue(), o.glossary()), kind.voice());
        });
    }
}
