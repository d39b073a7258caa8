package org.careprint.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.careprint.model.CarePrintException;
import org.careprint.model.Handout;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

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
        float margin = style.margin();
        float contentWidth = pageSize.getWidth() - 2 * margin;

        // Layout is done in full before writing, so "Page N of M" and glossary page numbers are known.
        StructNode document = StructNode.document();
        ContentBuilder content = new ContentBuilder(style, fonts, document, margin, contentWidth);
        new FrontMatter(content, document).titleBlock(boundHandout.metadata(), info, options,
                !boundHandout.distinctTerms().isEmpty());
        content.blocks(boundHandout.blocks());
        Footer footer = new Footer(style, fonts, margin, contentWidth, footerLead(info),
                footerShortLead(info));
        Paginator paginator = new Paginator(pageSize.getHeight() - margin, margin + footer.bandHeight());
        paginator.place(content.takeUnits());
        int bodyPages = paginator.currentPage();
        // "Words to know" follows the body on its last page when at least GLOSSARY_ROOM of it is free, so a
        // short handout does not end with a page of two lines; otherwise it starts a page of its own.
        if (!paginator.hasRoom(GLOSSARY_ROOM)) {
            paginator.freshPage();
        }
        GlossaryAppendix.build(content, document, boundHandout.distinctTerms(), paginator.firstUse());
        List<Unit> glossary = content.takeUnits();
        if (glossary.isEmpty()) {
            dropTrailingEmptyPage(paginator);
            bodyPages = paginator.pages().size();
        } else {
            paginator.place(glossary);
        }
        List<List<Mark>> pages = paginator.pages();

        byte[] pdf = write(boundHandout, info, options, pageSize, fonts, document, pages, footer);
        out.write(pdf);
        out.flush();
        return new PdfResult(pages.size(), bodyPages, pages.size() - bodyPages, pageStarts(pages));
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
            PdfWriter writer = PdfWriter.getInstance(doc, buffer);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setTagged();
            writer.setTabs(PdfName.S); // annotations (links) in structure order (PDF/UA 7.18.3)
            writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(md.language()));
            doc.open();
            Instant created = Instant.ofEpochSecond(options.creationEpochSeconds());
            writer.setXmpMetadata(XmpPacket.build(new XmpPacket.Fields(title, md.language(), options.organization(),
                    created, PRODUCER, CREATOR, uuid(id), info.reviewed(), info.updated(), info.nextReview(),
                    info.status() == null ? ReviewStatus.UNKNOWN.label() : info.status().label())));
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            // OpenPDF labels every output intent GTS_PDFX; PDF/A needs GTS_PDFA1 for DeviceRGB to be allowed.
            com.lowagie.text.pdf.PdfArray intents = writer.getExtraCatalog().getAsArray(PdfName.OUTPUTINTENTS);
            if (intents != null && intents.size() > 0) {
                intents.getAsDict(0).put(PdfName.S, new PdfName("GTS_PDFA1"));
            }
            infoDictionary(writer, title, created, id);

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

    /** Info entries mirror the XMP; dates come from the options, never the clock, and the ID is a content hash. */
    private static void infoDictionary(PdfWriter writer, String title, Instant created, byte[] id) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(created.toEpochMilli());
        writer.getInfo().put(PdfName.TITLE, new PdfString(title, PdfObject.TEXT_UNICODE));
        writer.getInfo().put(PdfName.PRODUCER, new PdfString(PRODUCER, PdfObject.TEXT_UNICODE));
        writer.getInfo().put(PdfName.CREATOR, new PdfString(CREATOR, PdfObject.TEXT_UNICODE));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
        // OpenPDF writes the trailer /ID from this entry when present, instead of a random one.
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private byte[] documentId(Handout handout, ReviewInfo info, PrintOptions options) {
        String key = String.join("\n", handout.toString(), String.valueOf(info), String.valueOf(options),
                style.fingerprint(), fontFiles.fingerprint());
        return Arrays.copyOf(HexFormat.of().parseHex(Style.sha256(key.getBytes(StandardCharsets.UTF_8))), 16);
    }

    private static String uuid(byte[] id) {
        String hex = HexFormat.of().formatHex(id);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
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
        return info.reviewed() == null ? "Review date not known" : "Reviewed " + Dates.format(info.reviewed());
    }

    /** "Reviewed 31 Aug 2015": the footer lead when the long date does not fit on one line with the page. */
    static String footerShortLead(ReviewInfo info) {
        return info.reviewed() == null ? "Review date not known" : "Reviewed " + Dates.formatShort(info.reviewed());
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
