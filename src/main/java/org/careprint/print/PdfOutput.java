package org.careprint.print;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.careprint.model.Finding;
import org.careprint.output.Figures;
import org.careprint.output.Job;
import org.careprint.output.Output;
import org.careprint.output.OutputKind;
import org.careprint.output.Rendered;
import org.careprint.output.Sink;
import org.careprint.output.WrittenFile;

/** The large-print PDF handout as an output: NAME.pdf, one {@link PdfRenderer} per style on this thread. */
public final class PdfOutput implements Output {
    private final Kind kind;
    private final Map<String, PdfRenderer> renderers = new HashMap<>();

    private PdfOutput(Kind kind) {
        this.kind = kind;
    }

    /**
     * The run's print options.
     *
     * @param styles       every style the run uses, loaded and validated up front, by name
     * @param defaultStyle the run's --style
     * @param audioLink    base address and extension of the audio editions for the page-1 QR code
     *                     ("https://x.org/audio/" + NAME + ".mp3"), or null when there is none
     */
    public record Kind(Map<String, Style> styles, String defaultStyle, String paper, boolean showOverdue,
                       AudioLink audioLink) implements OutputKind {
        public Kind {
            styles = Map.copyOf(styles);
        }

        @Override
        public String id() {
            return "pdf";
        }

        @Override
        public List<String> roles() {
            return List.of("pdf");
        }

        @Override
        public Output newOutput() {
            return new PdfOutput(this);
        }
    }

    /** Where a handout's audio edition will be published: base + "/" + NAME + "." + extension. */
    public record AudioLink(String base, String extension) {
        String forName(String name) {
            return base.replaceAll("/+$", "") + "/" + name + "." + extension;
        }
    }

    @Override
    public String fingerprint(Job job) {
        return options(job) + " style " + style(job).fingerprint() + " fonts " + PdfRenderer.fontsFingerprint();
    }

    @Override
    public List<Finding> inspect(Job job) {
        SortedSet<String> missing = renderer(job).unsupportedCharacters(job.handout());
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.warning("unsupported-character", 0, "The handout's fonts cannot draw "
                + String.join(", ", missing) + "; they print as \uFFFD (screen readers still get the character)."
                + " Replace them or use a style with a font that has them."));
    }

    @Override
    public Rendered render(Job job, Sink sink) throws IOException {
        String name = job.name() + ".pdf";
        PdfResult result = renderer(job).render(job.handout(), job.review(), options(job), sink.open(name));
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("pages", result.pageCount());
        figures.put("bodyPages", result.bodyPages());
        figures.put("glossaryPages", result.glossaryPages());
        String summary = Figures.plural(result.pageCount(), "page") + " (" + result.bodyPages() + " body, "
                + result.glossaryPages() + " glossary)";
        return new Rendered(List.of(new WrittenFile("pdf", name, "Print the large-print handout", summary, figures)),
                List.of(), List.of(result));
    }

    private PrintOptions options(Job job) {
        String audioUrl = kind.audioLink() == null ? null : kind.audioLink().forName(job.name());
        return new PrintOptions(kind.paper(), job.organization(), kind.showOverdue(), audioUrl, job.creationEpoch());
    }

    private Style style(Job job) {
        return kind.styles().get(job.style() != null ? job.style() : kind.defaultStyle());
    }

    private PdfRenderer renderer(Job job) {
        String key = job.style() != null ? job.style() : kind.defaultStyle();
        return renderers.computeIfAbsent(key, k -> new PdfRenderer(kind.styles().get(k)));
    }
}
