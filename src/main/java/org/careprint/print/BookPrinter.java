package org.careprint.print;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/**
 * Prints a book of handouts as one tagged PDF/UA-1 (and PDF/A-2a) file with the handout's own layout,
 * fonts, styles and tagging: a cover, plain sections (built from model blocks), a table of contents,
 * chapters (a handout laid out exactly as {@link PdfRenderer} does, one heading level down, without its own
 * glossary), a combined glossary and blank pages. What goes in the book and where is the caller's business
 * ({@code org.careprint.booklet}); this class only draws it.
 *
 * <p>Every section starts a new page and is laid out, written and dropped before the next one, so memory
 * holds one section's pages at a time. {@link #measuring} gives a printer that lays out the same way but
 * writes nothing: the caller measures the book first (page counts, term pages), then writes it with
 * {@link #writing}, knowing every page number in advance. Page 1 is the cover (labelled "Cover", no page
 * number printed); every other page shows "Page N of M" in its footer and has N as its page label.
 */
public final class BookPrinter implements Closeable {
    /** Page numbers a booklet's footers fit on one line unless told otherwise (as a handout's do). */
    public static final int WIDEST_PAGES = Footer.WIDEST_PAGES;
    static final String BLANK_PAGE = "This page is left blank.";

    /**
     * The book as a whole, for the metadata.
     *
     * @param oldestReview the oldest review date among the handouts (XMP careprint:reviewed), or null
     * @param nextReview   the earliest next review among them, or null
     * @param reviewStatus the worst review status among them (current/due/overdue/unknown)
     * @param fingerprint  a stable text standing for the book's content (hashed into the file ID)
     * @param totalPages   the page count measured beforehand, printed as M in "Page N of M"
     */
    public record Info(String title, String language, String organization, long creationEpochSeconds,
                       LocalDate oldestReview, LocalDate nextReview, String reviewStatus, String fingerprint,
                       int totalPages) {
    }

    /** One line of the table of contents. */
    public record TocEntry(String title, int page) {
    }

    /**
     * A defined glossary term used in a chapter: its key (lower case, what first-use pages are recorded by),
     * the words the reader saw, "also called …"/"a kind of …" or null, the definition and the page of its
     * first use counted from the chapter's first page (1).
     */
    public record TermUse(String key, String label, String relation, String definition, int page) {
    }

    /** What a chapter took: its page count and its defined terms in first-use order. */
    public record Chapter(int pages, List<TermUse> terms) {
    }

    /** A combined glossary entry: the term, its relation (or null), definition and a line of where it is used. */
    public record GlossaryEntry(String term, String relation, String definition, String uses) {
    }

    private final Style style;
    private final PdfRenderer renderer;
    private final Fonts fonts;
    private final Rectangle pageSize;
    private final String paper;
    private final StructNode root = StructNode.document();
    private final Info info;
    private final Document doc;
    private final PdfWriter writer;
    private final PdfEmitter emitter;
    private final Outline outline;
    private final int widestPages;
    private int pages;
    private int coverPages;

    private BookPrinter(Style style, String paper, int widestPages, Info info, OutputStream out) throws IOException {
        this.style = style;
        this.widestPages = widestPages;
        this.renderer = new PdfRenderer(style);
        this.fonts = new Fonts(FontFiles.forStyle(style));
        this.pageSize = PdfRenderer.pageSize(paper);
        this.paper = paper;
        this.info = info;
        if (out == null) {
            doc = null;
            writer = null;
            emitter = null;
            outline = null;
            return;
        }
        float m = style.margin();
        doc = new Document(pageSize, m, m, m, m);
        byte[] id = Arrays.copyOf(HexFormat.of().parseHex(Style.sha256(String.join("\n", "booklet",
                info.fingerprint(), style.fingerprint(), FontFiles.forStyle(style).fingerprint())
                .getBytes(StandardCharsets.UTF_8))), 16);
        try {
            writer = PdfSetup.open(doc, out, new XmpPacket.Fields(info.title(), info.language(), info.organization(),
                    Instant.ofEpochSecond(info.creationEpochSeconds()), PdfRenderer.PRODUCER, PdfRenderer.CREATOR,
                    PdfSetup.uuid(id), info.oldestReview(), null, info.nextReview(),
                    info.reviewStatus() == null ? ReviewStatus.UNKNOWN.label() : info.reviewStatus()), id);
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written: " + e.getMessage(), e);
        }
        emitter = new PdfEmitter(writer, fonts, root, style);
        // The book's title (H1) and its sections and chapters (H2) are all top-level bookmarks.
        outline = new Outline(writer, 2);
    }

    /**
     * A printer that lays everything out but writes nothing: for measuring the book.
     *
     * @param widestPages the largest page number footers must fit on one line (999, or more for a longer book;
     *                    a wider number may choose a shorter or two-line footer wording, so it changes layout)
     */
    public static BookPrinter measuring(Style style, String paper, int widestPages) {
        try {
            return new BookPrinter(style, paper, widestPages, null, null);
        } catch (IOException e) {
            throw new IllegalStateException(e); // nothing is written
        }
    }

    /** A printer writing the book to {@code out} (not closed by {@link #close}); the same widest as measured. */
    public static BookPrinter writing(Style style, String paper, int widestPages, Info info, OutputStream out)
            throws IOException {
        return new BookPrinter(style, paper, widestPages, info, out);
    }

    /** Pages printed (or measured) so far; the next section starts on page {@code pages() + 1}. */
    public int pages() {
        return pages;
    }

    /** The cover: the book's title as its only H1, then {@code blocks} (organization, dates, counts). No footer. */
    public int cover(String title, List<Block> blocks) {
        StructNode section = root.add("Sect");
        ContentBuilder content = builder(section, 0);
        content.headingAt(1, List.of(Span.strong(title)));
        content.blocks(blocks);
        int used = place(section, content.takeUnits(), null);
        if (pages == used) {
            coverPages = used;
        }
        return used;
    }

    /** A plain section (headings from level 2, paragraphs, lists) with "Page N of M" footers. */
    public int section(List<Block> blocks) {
        StructNode section = root.add("Sect");
        ContentBuilder content = builder(section, 0);
        content.blocks(blocks);
        return place(section, content.takeUnits(), plainFooter());
    }

    /** The table of contents: an H2, then a TOC with one linked entry per chapter. */
    public int contents(String heading, List<TocEntry> entries) {
        StructNode section = root.add("Sect");
        ContentBuilder content = builder(section, 0);
        content.headingAt(2, List.of(Span.strong(heading)));
        ContentsLayout.build(content, section, entries);
        return place(section, content.takeUnits(), plainFooter());
    }

    /**
     * A handout as a chapter: its title block and body laid out as a handout's are, headings one level down
     * (its title H2), its own review date in its footer, without its own "Words to know".
     */
    public Chapter chapter(Handout boundHandout, ReviewInfo review, boolean showOverdue) {
        StructNode part = root.add("Part");
        ReviewInfo reviewInfo = review != null ? review : new ReviewInfo(boundHandout.metadata().reviewed(),
                boundHandout.metadata().reviewer(), boundHandout.metadata().updated(), null,
                boundHandout.metadata().reviewed() == null ? ReviewStatus.UNKNOWN : ReviewStatus.CURRENT);
        PrintOptions options = new PrintOptions(paper, null, showOverdue, null,
                info == null ? 0 : info.creationEpochSeconds());
        PdfRenderer.Laid laid = renderer.layout(boundHandout, reviewInfo, options, fonts, pageSize, part, 1, false,
                widestPages);
        List<List<Mark>> laidPages = laid.pages();
        if (laidPages.size() > 1 && laidPages.get(laidPages.size() - 1).isEmpty()) {
            laidPages.remove(laidPages.size() - 1);
        }
        List<TermUse> terms = terms(boundHandout, laid.firstUse());
        emit(part, laidPages, laid.footer());
        return new Chapter(laidPages.size(), terms);
    }

    private static List<TermUse> terms(Handout handout, Map<String, Integer> firstUse) {
        List<TermUse> out = new ArrayList<>();
        for (Inline.Term term : handout.distinctTerms()) {
            if (!term.defined()) {
                continue;
            }
            String key = ContentBuilder.termKey(term);
            Integer page = firstUse.get(key);
            String relation = term.binding() == null ? null : term.binding().relation();
            out.add(new TermUse(key, GlossaryAppendix.displayName(term), relation, term.definition().strip(),
                    page == null ? 0 : page));
        }
        return out;
    }

    /**
     * The combined "Words to know" (H2): one entry per term, the term (and its relation) as the Lbl, the
     * definition and where it is used as the LBody; entries in the order given.
     */
    public int glossary(String heading, List<Block> intro, List<GlossaryEntry> entries) {
        StructNode section = root.add("Sect");
        ContentBuilder content = builder(section, 0);
        content.headingAt(2, List.of(Span.strong(heading)));
        content.blocks(intro);
        StructNode list = section.add("L");
        for (GlossaryEntry e : entries) {
            List<Span> spans = new ArrayList<>();
            spans.add(Span.strong(e.term() + (e.relation() == null ? ":" : "")));
            if (e.relation() != null) {
                spans.add(Span.plain(" (" + e.relation() + "):"));
            }
            spans.add(Span.plain(" " + e.definition() + (e.uses() == null || e.uses().isBlank() ? "" : " " + e.uses())));
            content.entry(spans, list);
        }
        return place(section, content.takeUnits(), plainFooter());
    }

    /** A blank page (a verso before a right-hand start): a short note and the page number, all Artifacts. */
    public void blankPage() {
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Text(style.margin(), pageSize.getHeight() / 2, List.of(Span.plain(BLANK_PAGE)),
                style.bodySize(), style.textColor(), null));
        List<List<Mark>> one = new ArrayList<>();
        one.add(marks);
        emitPages(one, plainFooter());
    }

    private ContentBuilder builder(StructNode section, int offset) {
        float margin = style.margin();
        ContentBuilder content = new ContentBuilder(style, fonts, section, margin, pageSize.getWidth() - 2 * margin);
        content.headingOffset(offset);
        return content;
    }

    private Footer plainFooter() {
        float margin = style.margin();
        return new Footer(style, fonts, margin, pageSize.getWidth() - 2 * margin, "", "", widestPages);
    }

    /** Paginates a section's units (from a fresh page) and prints them; returns the pages it took. */
    private int place(StructNode section, List<Unit> units, Footer footer) {
        float margin = style.margin();
        float band = footer == null ? plainFooter().bandHeight() : footer.bandHeight();
        Paginator paginator = new Paginator(pageSize.getHeight() - margin, margin + band);
        paginator.place(units);
        List<List<Mark>> laid = paginator.pages();
        emit(section, laid, footer);
        return laid.size();
    }

    private void emit(StructNode section, List<List<Mark>> laid, Footer footer) {
        if (emitter != null) {
            emitter.adopt(section);
        }
        emitPages(laid, footer);
        if (emitter != null) {
            emitter.forget(section);
            outline.sectionDone();
        }
        root.children().remove(section);
    }

    private void emitPages(List<List<Mark>> laid, Footer footer) {
        for (List<Mark> page : laid) {
            pages++;
            if (writer == null) {
                continue;
            }
            if (pages > 1) {
                doc.newPage();
            }
            writer.setPageEmpty(false);
            if (style.paintsBackground()) {
                emitter.background(pageSize.getWidth(), pageSize.getHeight(), style.backgroundColor());
            }
            emitter.draw(page);
            if (footer != null) {
                emitter.draw(footer.marks(pages, Math.max(info.totalPages(), pages)));
            }
            outline.headings(page);
        }
    }

    /** Finishes the file: page labels ("Cover", then the printed page numbers), trailer. Does not close the stream. */
    @Override
    public void close() throws IOException {
        if (writer == null) {
            return;
        }
        PdfPageLabels labels = new PdfPageLabels();
        if (coverPages > 0) {
            labels.addPageLabel(1, PdfPageLabels.EMPTY, "Cover");
        }
        if (pages > coverPages) {
            labels.addPageLabel(coverPages + 1, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, coverPages + 1);
        }
        writer.setPageLabels(labels);
        writer.setCloseStream(false);
        doc.close();
    }
}
