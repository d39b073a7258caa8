package org.careprint.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careprint.model.CarePrintException;
import org.careprint.model.Handout;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;
import org.careprint.review.ReviewWording;

/** Lays a bound handout out as a tagged, large-print PDF/UA-1 document. One instance per worker thread. */
public final class PdfRenderer {
    static final String PRODUCER = "CarePrint 0.1.0 with OpenPDF 2.0.5";
    static final String CREATOR = "CarePrint";

    /** Free share of the last body page from which "Words to know" starts on it rather than on a new page. */
    static final float GLOSSARY_ROOM = 0.4f;

    private final Style style;
    private final FontFiles fontFiles;
    /** Read-only glyph coverage for {@link #unsupportedCharacters}; parsed once per renderer, not per page. */
    private Fonts coverage;

    public PdfRenderer(Style style) {
        this.style = style;
        this.fontFiles = FontFiles.forStyle(style);
    }

    public PdfResult render(Handout boundHandout, ReviewInfo review, PrintOptions options, OutputStream out)
            throws IOException {
        ReviewInfo info = review != null ? review : fromMetadata(boundHandout.metadata());
        Rectangle pageSize = pageSize(options.paper());
        Fonts fonts = new Fonts(fontFiles);
        StructNode document = StructNode.document();
        Laid laid = layout(boundHandout, info, options, fonts, pageSize, document, 0, true, Footer.WIDEST_PAGES);
        List<List<Mark>> pages = laid.pages();
        int bodyPages = laid.bodyPages();
        Footer footer = laid.footer();

        byte[] pdf = write(boundHandout, info, options, pageSize, fonts, document, pages, footer);
        out.write(pdf);
        out.flush();
        return new PdfResult(pages.size(), bodyPages, pages.size() - bodyPages, pageStarts(pages));
    }

    /**
     * A handout laid out on pages (numbered from 1), still in memory: the marks of each page, the pages of the
     * body (title block and content), its footer, and the page of each glossary term's first use.
     */
    record Laid(List<List<Mark>> pages, int bodyPages, Footer footer, Map<String, Integer> firstUse) {
    }

    /**
     * Lays a handout out: title block, body and (with {@code withGlossary}) "Words to know". Layout is done
     * in full before writing, so "Page N of M" and glossary page numbers are known. A booklet chapter is the
     * same layout with its headings one level down ({@code headingOffset} 1) and without its own glossary.
     *
     * @param parent      structure node the handout's elements are added to
     * @param widestPages the largest page number its footer must fit on one line
     */
    Laid layout(Handout boundHandout, ReviewInfo info, PrintOptions options, Fonts fonts, Rectangle pageSize,
                StructNode parent, int headingOffset, boolean withGlossary, int widestPages) {
        float margin = style.margin();
        float contentWidth = pageSize.getWidth() - 2 * margin;
        ContentBuilder content = new ContentBuilder(style, fonts, parent, margin, contentWidth);
        content.headingOffset(headingOffset);
        new FrontMatter(content, parent).titleBlock(boundHandout.metadata(), info, options,
                !boundHandout.distinctTerms().isEmpty());
        content.blocks(boundHandout.blocks());
        Footer footer = new Footer(style, fonts, margin, contentWidth, footerLead(info),
                footerShortLead(info), widestPages);
        Paginator paginator = new Paginator(pageSize.getHeight() - margin, margin + footer.bandHeight());
        paginator.place(content.takeUnits());
        int bodyPages = paginator.currentPage();
        if (!withGlossary) {
            return new Laid(paginator.pages(), bodyPages, footer, paginator.firstUse());
        }
        // "Words to know" follows the body on its last page when at least GLOSSARY_ROOM of it is free, so a
        // short handout does not end with a page of two lines; otherwise it starts a page of its own.
        if (!paginator.hasRoom(GLOSSARY_ROOM)) {
            paginator.freshPage();
        }
        GlossaryAppendix.build(content, parent, boundHandout.distinctTerms(), paginator.firstUse());
        List<Unit> glossary = content.takeUnits();
        if (glossary.isEmpty()) {
            dropTrailingEmptyPage(paginator);
            bodyPages = paginator.pages().size();
        } else {
            paginator.place(glossary);
        }
        return new Laid(paginator.pages(), bodyPages, footer, paginator.firstUse());
    }

    /**
     * The text each page begins with: its first tagged lines holding a letter (list labels such as "2." are skipped),
     * joined, up to about {@link #PAGE_START} characters.
     */
    private static List<String> pageStarts(List<List<Mark>> pages) {
        List<String> starts = new java.util.ArrayList<>();
        for (List<Mark> page : pages) {
            StringBuilder first = new StringBuilder();
            for (Mark mark : page) {
                if (mark instanceof Mark.Text t && t.node() != null && first.length() < PAGE_START) {
                    StringBuilder line = new StringBuilder();
                    t.spans().forEach(s -> line.append(s.text()));
                    if (line.codePoints().anyMatch(Character::isLetter)) {
                        first.append(first.length() == 0 ? "" : " ").append(line.toString().strip());
                    }
                }
            }
            starts.add(first.toString());
        }
        return starts;
    }

    private static final int PAGE_START = 80;

    private static void dropTrailingEmptyPage(Paginator paginator) {
        List<List<Mark>> pages = paginator.pages();
        if (pages.size() > 1 && pages.get(pages.size() - 1).isEmpty()) {
            pages.remove(pages.size() - 1);
        }
    }

    private byte[] write(Handout handout, ReviewInfo info, PrintOptions options, Rectangle pageSize, Fonts fonts,
                         StructNode structure, List<List<Mark>> pages, Footer footer) throws IOException {
        Metadata md = handout.metadata();
        String title = md.title().isBlank() ? "Untitled handout" : md.title().strip();
        byte[] id = documentId(handout, info, options);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Document doc = new Document(pageSize, style.margin(), style.margin(), style.margin(), style.margin());
        try {
            Instant created = Instant.ofEpochSecond(options.creationEpochSeconds());
            PdfWriter writer = PdfSetup.open(doc, buffer, new XmpPacket.Fields(title, md.language(),
                    options.organization(), created, PRODUCER, CREATOR, PdfSetup.uuid(id), info.reviewed(),
                    info.updated(), info.nextReview(),
                    info.status() == null ? ReviewStatus.UNKNOWN.label() : info.status().label()), id);

            PdfEmitter emitter = new PdfEmitter(writer, fonts, structure, style);
            Outline outline = pages.size() > Outline.MIN_PAGES ? new Outline(writer) : null;
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    doc.newPage();
                }
                writer.setPageEmpty(false);
                if (style.paintsBackground()) {
                    emitter.background(pageSize.getWidth(), pageSize.getHeight(), style.backgroundColor());
                }
                emitter.draw(pages.get(i));
                emitter.draw(footer.marks(i + 1, pages.size()));
                if (outline != null) {
                    outline.headings(pages.get(i));
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written: " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    private byte[] documentId(Handout handout, ReviewInfo info, PrintOptions options) {
        String key = String.join("\n", handout.toString(), String.valueOf(info), String.valueOf(options),
                style.fingerprint(), fontFiles.fingerprint());
        return Arrays.copyOf(HexFormat.of().parseHex(Style.sha256(key.getBytes(StandardCharsets.UTF_8))), 16);
    }

    static Rectangle pageSize(String paper) {
        String p = paper == null ? "letter" : paper.strip().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "letter", "" -> PageSize.LETTER;
            case "a4" -> PageSize.A4;
            default -> throw new CarePrintException("Paper size '" + paper + "' is not supported: use letter or a4.");
        };
    }

    /** "Reviewed August 31, 2015" (or "Review date not known") before " · Page N of M" in the footer. */
    static String footerLead(ReviewInfo info) {
        return info.reviewed() == null ? "Review date not known" : "Reviewed " + ReviewWording.longDate(info.reviewed());
    }

    /** "Reviewed 31 Aug 2015": the footer lead when the long date does not fit on one line with the page. */
    static String footerShortLead(ReviewInfo info) {
        return info.reviewed() == null ? "Review date not known" : "Reviewed " + ReviewWording.shortDate(info.reviewed());
    }

    private static ReviewInfo fromMetadata(Metadata md) {
        return new ReviewInfo(md.reviewed(), md.reviewer(), md.updated(), null,
                md.reviewed() == null ? ReviewStatus.UNKNOWN : ReviewStatus.CURRENT);
    }

    /**
     * Characters of the handout that no bundled font can draw, as "U+4E2D 中" (sorted), so a build can
     * report them. They are still printed as a replacement mark with the real character kept as ActualText.
     */
    public java.util.SortedSet<String> unsupportedCharacters(Handout handout) {
        if (coverage == null) {
            coverage = new Fonts(fontFiles);
        }
        Fonts fonts = coverage;
        java.util.SortedSet<String> missing = new java.util.TreeSet<>();
        StringBuilder all = new StringBuilder(handout.metadata().title());
        for (org.careprint.model.Block block : handout.blocks()) {
            all.append('\n').append(org.careprint.model.Blocks.plainText(block));
        }
        for (org.careprint.model.Inline.Term term : handout.distinctTerms()) {
            all.append('\n').append(term.key()).append(' ').append(term.definition() == null ? "" : term.definition());
        }
        String text = LineBreaker.clean(all.toString());
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && fonts.missing(cp)).forEach(cp ->
                missing.add(String.format(Locale.ROOT, "U+%04X %s", cp, new String(Character.toChars(cp)))));
        return missing;
    }

    /** Stable hash of the bundled fonts, for incremental rebuilds. */
    public static String fontsFingerprint() {
        return FontFiles.bundled().fingerprint();
    }
}
