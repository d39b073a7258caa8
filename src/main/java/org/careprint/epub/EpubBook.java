package org.careprint.epub;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careprint.audio.Timeline;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.ReviewInfo;

/**
 * Puts one read-along book together: the content document with its phrases and page starts marked, the media
 * overlay, the navigation and package documents, the style sheet and fonts, and the MP3, zipped reproducibly.
 */
final class EpubBook {
    static final String AUDIO = "audio.mp3";
    static final String FONT_REGULAR = "fonts/AtkinsonHyperlegible-Regular.ttf";
    static final String FONT_BOLD = "fonts/AtkinsonHyperlegible-Bold.ttf";
    private static final String ROOT = "EPUB/";

    /** The finished file and what it holds. */
    record Book(byte[] bytes, int cues, int verbatimCues, int pages) {
    }

    /** What the book is made from: the handout and its audio edition (MP3 bytes and the timeline). */
    record Input(Handout handout, ReviewInfo review, String name, String organization, boolean showOverdue,
                 long creationEpoch, byte[] mp3, Timeline timeline, List<String> pageStarts) {
    }

    private EpubBook() {
    }

    static Book build(Input in) throws IOException {
        ContentDocument content = ContentDocument.of(in.handout(), in.review(), in.organization(), in.showOverdue());
        List<CueAligner.Target> targets = CueAligner.align(in.timeline(), content.segments(), anchors(in.handout(), content));
        List<Integer> pages = in.pageStarts() == null ? List.of() : PageMarks.mark(in.pageStarts(), content.segments());
        String xhtml = content.xhtml();
        String smil = SmilWriter.write(in.timeline(), targets, AUDIO);
        String nav = NavDocument.write(content, pages);
        String opf = PackageDocument.write(content, new PackageDocument.Facts(in.name(), in.organization(), in.review(),
                in.creationEpoch(), AUDIO, in.timeline().seconds(), !pages.isEmpty()));

        EpubZip zip = new EpubZip(in.creationEpoch());
        zip.text("META-INF/container.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n<rootfiles>\n"
                + "<rootfile full-path=\"" + ROOT + PackageDocument.FILE + "\" media-type=\"application/oebps-package+xml\"/>\n"
                + "</rootfiles>\n</container>\n");
        zip.text(ROOT + PackageDocument.FILE, opf);
        zip.text(ROOT + NavDocument.FILE, nav);
        zip.text(ROOT + ContentDocument.FILE, xhtml);
        zip.text(ROOT + SmilWriter.FILE, smil);
        zip.deflated(ROOT + "style.css", resource("/org/careprint/epub/style.css"));
        zip.stored(ROOT + FONT_REGULAR, resource("/org/careprint/fonts/AtkinsonHyperlegible-Regular.ttf"));
        zip.stored(ROOT + FONT_BOLD, resource("/org/careprint/fonts/AtkinsonHyperlegible-Bold.ttf"));
        zip.stored(ROOT + AUDIO, in.mp3());
        int verbatim = (int) targets.stream().filter(CueAligner.Target::verbatim).count();
        return new Book(zip.finish(), targets.size(), verbatim, pages.size());
    }

    /** Each defined term's first use, by its label, with the words of its definition. */
    private static Map<String, CueAligner.Anchor> anchors(Handout handout, ContentDocument content) {
        Map<String, CueAligner.Anchor> out = new HashMap<>();
        Map<String, String> byLabel = content.terms().anchorsByLabel();
        for (Inline.Term t : content.terms().entries()) {
            String key = t.label().strip().toLowerCase(java.util.Locale.ROOT);
            if (byLabel.containsKey(key)) {
                Set<String> words = new HashSet<>(Segment.words(t.definition()));
                words.addAll(Segment.words(t.label()));
                out.put(key, new CueAligner.Anchor(byLabel.get(key), words));
            }
        }
        return out;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = EpubBook.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
