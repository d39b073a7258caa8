package org.careprint.booklet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;
import org.careprint.model.Sha256;
import org.careprint.print.BookPrinter;
import org.careprint.print.Style;
import org.careprint.review.ReviewWording;

/**
 * Lays out and writes a booklet. The book, page by page:
 * <ol>
 *   <li>page 1, the cover: title (H1), organization, date printed, oldest review date, number of handouts;</li>
 *   <li>page 2 on (the inside cover), for staff: "Review before distributing", the handouts overdue for review
 *       with their pages (unless turned off, or none is overdue);</li>
 *   <li>"Contents" on the next right-hand (odd) page: one linked entry per chapter and the glossary;</li>
 *   <li>each handout as a chapter starting on a right-hand page, with its own review date in its footer;</li>
 *   <li>the combined "Words to know" on a right-hand page.</li>
 * </ol>
 * A left-hand page left over before a right-hand start is a blank page (Artifacts only).
 *
 * <p>Two passes, neither holding more than one chapter's pages: the first lays every chapter out with a
 * measuring printer and keeps only its page count and its terms' pages; the front pages are then measured
 * with real page numbers until their length is stable (their length barely depends on the numbers); the
 * second pass lays out and writes each part in order, and checks it took the measured pages.
 */
public final class Booklet {
    static final String CONTENTS = "Contents";
    static final String REVIEW_HEADING = "Review before distributing";

    private final Style style;
    private final BookletOptions options;

    public Booklet(Style style, BookletOptions options) {
        this.style = style;
        this.options = options;
    }

    /** Page numbers of every part, for one set of front-page lengths. */
    private record Plan(int reviewStart, int contentsStart, int[] chapterStarts, int glossaryStart, int pages) {
    }

    public BookletResult write(List<BookletHandout> handouts, OutputStream out) throws IOException {
        if (handouts.isEmpty()) {
            throw new IllegalArgumentException("a booklet needs at least one handout");
        }
        // Footers are worded to fit "Page 999 of 999" on one line, like a handout's; a longer book is measured
        // again for four-digit page numbers (which may need a shorter or two-line footer, so a different layout).
        Layout layout = layout(handouts, BookPrinter.WIDEST_PAGES);
        if (layout.plan().pages() > BookPrinter.WIDEST_PAGES) {
            layout = layout(handouts, 9999);
        }
        Plan plan = layout.plan();
        int widest = layout.widest();
        int[] chapterPages = layout.chapterPages();
        boolean reviewPage = layout.reviewPage();
        java.util.Set<BookletHandout> overdue = overdue(handouts);
        CombinedGlossary glossary = glossary(handouts, layout.terms(), plan);

        // Pass 2: write, part by part.
        BookPrinter book = BookPrinter.writing(style, options.paper(), widest, info(handouts, plan), out);
        int blanks = 0;
        book.cover(options.title(), coverBlocks(handouts));
        if (reviewPage) {
            expect(book, plan.reviewStart(), REVIEW_HEADING);
            book.section(reviewBlocks(overdue, handouts, plan));
        }
        blanks += toRightHand(book);
        expect(book, plan.contentsStart(), CONTENTS);
        book.contents(CONTENTS, contents(handouts, plan, glossary));
        List<BookletResult.ChapterPlace> places = new ArrayList<>();
        for (int i = 0; i < handouts.size(); i++) {
            blanks += toRightHand(book);
            BookletHandout h = handouts.get(i);
            expect(book, plan.chapterStarts()[i], h.title());
            int pages = book.chapter(h.handout(), h.review(), options.showOverdue()).pages();
            if (pages != chapterPages[i]) {
                throw new IllegalStateException(h.source() + " took " + pages + " pages, measured " + chapterPages[i]);
            }
            places.add(new BookletResult.ChapterPlace(h.source(), h.title(), plan.chapterStarts()[i], pages,
                    h.review() == null || h.review().status() == null ? ReviewStatus.UNKNOWN.label()
                            : h.review().status().label()));
        }
        if (!glossary.isEmpty()) {
            blanks += toRightHand(book);
            expect(book, plan.glossaryStart(), CombinedGlossary.HEADING);
            book.glossary(CombinedGlossary.HEADING, glossaryIntro(), glossary.printed());
        }
        if (book.pages() != plan.pages()) {
            throw new IllegalStateException("the booklet took " + book.pages() + " pages, measured " + plan.pages());
        }
        book.close();
        return new BookletResult(plan.pages(), reviewPage ? plan.reviewStart() : 0, plan.contentsStart(),
                glossary.isEmpty() ? 0 : plan.glossaryStart(), places, glossary.items(),
                reviewPage ? handouts.stream().filter(overdue::contains).map(BookletHandout::title).toList() : List.of(), blanks);
    }

    /** The measured book: page numbers of every part, chapter lengths and terms, and the footer width it assumed. */
    private record Layout(Plan plan, int widest, int[] chapterPages, List<List<BookPrinter.TermUse>> terms,
                          boolean reviewPage) {
    }

    /** Identity: a handout is in the set once, however its record compares. */
    private static java.util.Set<BookletHandout> overdue(List<BookletHandout> handouts) {
        java.util.Set<BookletHandout> overdue = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        handouts.stream().filter(h -> h.review() != null && h.review().status() == ReviewStatus.OVERDUE)
                .forEach(overdue::add);
        return overdue;
    }

    /**
     * Pass 1: every chapter measured one at a time (only its page count and its terms' pages are kept), then
     * the front pages measured with real page numbers until their lengths settle.
     */
    private Layout layout(List<BookletHandout> handouts, int widest) {
        BookPrinter measure = BookPrinter.measuring(style, options.paper(), widest);
        int[] chapterPages = new int[handouts.size()];
        List<List<BookPrinter.TermUse>> terms = new ArrayList<>();
        for (int i = 0; i < handouts.size(); i++) {
            BookletHandout h = handouts.get(i);
            BookPrinter.Chapter c = measure.chapter(h.handout(), h.review(), options.showOverdue());
            chapterPages[i] = c.pages();
            terms.add(c.terms());
        }
        java.util.Set<BookletHandout> overdue = overdue(handouts);
        boolean reviewPage = options.reviewPage() && !overdue.isEmpty();
        int cover = BookPrinter.measuring(style, options.paper(), widest).cover(options.title(), coverBlocks(handouts));
        int reviewPages = 0;
        int contentsPages = 1;
        int glossaryPages = 0;
        for (int round = 0; round < 8; round++) {
            Plan plan = plan(cover, reviewPages, contentsPages, chapterPages, glossaryPages);
            CombinedGlossary glossary = glossary(handouts, terms, plan);
            int r = reviewPage ? BookPrinter.measuring(style, options.paper(), widest)
                    .section(reviewBlocks(overdue, handouts, plan)) : 0;
            int c = BookPrinter.measuring(style, options.paper(), widest)
                    .contents(CONTENTS, contents(handouts, plan, glossary));
            int g = glossary.isEmpty() ? 0 : BookPrinter.measuring(style, options.paper(), widest)
                    .glossary(CombinedGlossary.HEADING, glossaryIntro(), glossary.printed());
            if (r == reviewPages && c == contentsPages && g == glossaryPages) {
                return new Layout(plan, widest, chapterPages, terms, reviewPage);
            }
            reviewPages = r;
            contentsPages = c;
            glossaryPages = g;
        }
        throw new IllegalStateException("the booklet's front pages did not settle");
    }

    private static void expect(BookPrinter book, int start, String what) {
        if (book.pages() + 1 != start) {
            throw new IllegalStateException("\u201C" + what + "\u201D starts on page " + (book.pages() + 1)
                    + ", planned " + start);
        }
    }

    /** Adds a blank page when the next page would be a left-hand (even) one; returns the pages added. */
    private static int toRightHand(BookPrinter book) {
        if (book.pages() % 2 == 1) {
            book.blankPage();
            return 1;
        }
        return 0;
    }

    private static int rightHand(int pagesBefore) {
        return pagesBefore % 2 == 1 ? pagesBefore + 1 : pagesBefore;
    }

    private static Plan plan(int cover, int reviewPages, int contentsPages, int[] chapterPages, int glossaryPages) {
        int p = cover;
        int reviewStart = reviewPages > 0 ? p + 1 : 0;
        p += reviewPages;
        p = rightHand(p);
        int contentsStart = p + 1;
        p += contentsPages;
        int[] starts = new int[chapterPages.length];
        for (int i = 0; i < chapterPages.length; i++) {
            p = rightHand(p);
            starts[i] = p + 1;
            p += chapterPages[i];
        }
        int glossaryStart = 0;
        if (glossaryPages > 0) {
            p = rightHand(p);
            glossaryStart = p + 1;
            p += glossaryPages;
        }
        return new Plan(reviewStart, contentsStart, starts, glossaryStart, p);
    }

    private static CombinedGlossary glossary(List<BookletHandout> handouts, List<List<BookPrinter.TermUse>> terms,
                                             Plan plan) {
        CombinedGlossary g = new CombinedGlossary();
        for (int i = 0; i < handouts.size(); i++) {
            g.add(handouts.get(i).title(), plan.chapterStarts()[i], terms.get(i));
        }
        return g;
    }

    private static List<BookPrinter.TocEntry> contents(List<BookletHandout> handouts, Plan plan,
                                                        CombinedGlossary glossary) {
        List<BookPrinter.TocEntry> entries = new ArrayList<>();
        for (int i = 0; i < handouts.size(); i++) {
            entries.add(new BookPrinter.TocEntry(handouts.get(i).title(), plan.chapterStarts()[i]));
        }
        if (!glossary.isEmpty()) {
            // Before the glossary is measured its start is not known; any number of the same width will do.
            entries.add(new BookPrinter.TocEntry(CombinedGlossary.HEADING,
                    plan.glossaryStart() > 0 ? plan.glossaryStart() : plan.pages() + 1));
        }
        return entries;
    }

    // ---- the words of the front pages ----

    List<Block> coverBlocks(List<BookletHandout> handouts) {
        List<Block> blocks = new ArrayList<>();
        if (options.organization() != null) {
            blocks.add(paragraph(bold(options.organization())));
        }
        if (options.printed() != null) {
            blocks.add(paragraph(bold("Printed:"), text(" " + ReviewWording.longDate(options.printed()))));
        }
        LocalDate oldest = oldestReview(handouts);
        blocks.add(oldest == null ? paragraph(bold("Review dates not known"))
                : paragraph(bold("Oldest medical review:"), text(" " + ReviewWording.longDate(oldest))));
        blocks.add(paragraph(text(handouts.size() == 1 ? "1 handout" : handouts.size() + " handouts")));
        blocks.add(paragraph(text("Each handout starts on a right-hand page and shows its own review date at the"
                + " foot of every page. Words in a frame are explained in \u201C" + CombinedGlossary.HEADING
                + "\u201D at the end.")));
        return blocks;
    }

    private List<Block> reviewBlocks(java.util.Set<BookletHandout> overdue, List<BookletHandout> handouts, Plan plan) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, List.of(text(REVIEW_HEADING)), 0));
        blocks.add(paragraph(bold("For staff."), text(" "
                + (overdue.size() == 1 ? "This handout is" : "These " + overdue.size() + " handouts are")
                + " past the date of their next medical review. Have them reviewed, or take them out, before"
                + " giving this booklet to patients.")));
        List<Block.ListItem> items = new ArrayList<>();
        for (int i = 0; i < handouts.size(); i++) {
            BookletHandout h = handouts.get(i);
            if (!overdue.contains(h)) {
                continue;
            }
            int start = plan.chapterStarts()[i];
            String due = h.review().nextReview() == null ? "review date passed"
                    : "review was due " + ReviewWording.longDate(h.review().nextReview());
            items.add(new Block.ListItem(List.of(bold(h.title()), text(" (page\u00A0" + start + "): " + due + ".")),
                    List.of(), 0));
        }
        blocks.add(new Block.BulletList(items, false, 0));
        return blocks;
    }

    private static List<Block> glossaryIntro() {
        return List.of(paragraph(text(CombinedGlossary.INTRO)));
    }

    private static Block paragraph(Inline... content) {
        return new Block.Paragraph(List.of(content), 0);
    }

    private static Inline text(String s) {
        return new Inline.Text(s);
    }

    private static Inline bold(String s) {
        return new Inline.Emphasis(List.of(new Inline.Text(s)));
    }

    static LocalDate oldestReview(List<BookletHandout> handouts) {
        return handouts.stream().map(h -> h.review() == null ? h.handout().metadata().reviewed() : h.review().reviewed())
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private BookPrinter.Info info(List<BookletHandout> handouts, Plan plan) {
        LocalDate next = handouts.stream().map(BookletHandout::review).filter(Objects::nonNull)
                .map(ReviewInfo::nextReview).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        String language = handouts.get(0).handout().metadata().language();
        StringBuilder fingerprint = new StringBuilder(options.toString());
        for (BookletHandout h : handouts) {
            fingerprint.append('\n').append(Sha256.hex(h.handout().toString())).append(' ').append(h.review());
        }
        return new BookPrinter.Info(options.title(), language == null || language.isBlank() ? "en-US" : language,
                options.organization(), creationEpoch(handouts), oldestReview(handouts), next,
                worstStatus(handouts).label(), fingerprint.toString(), plan.pages());
    }

    /** SOURCE_DATE_EPOCH, else the printed date, else the newest content date, else 0: never the clock. */
    private long creationEpoch(List<BookletHandout> handouts) {
        if (options.creationEpoch() != null) {
            return options.creationEpoch();
        }
        LocalDate day = options.printed();
        if (day == null) {
            day = handouts.stream().map(h -> h.handout().metadata().updated() != null
                    ? h.handout().metadata().updated() : h.handout().metadata().reviewed())
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
        return day == null ? 0 : day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static ReviewStatus worstStatus(List<BookletHandout> handouts) {
        List<ReviewStatus> order = List.of(ReviewStatus.OVERDUE, ReviewStatus.DUE, ReviewStatus.UNKNOWN,
                ReviewStatus.CURRENT);
        return handouts.stream().map(h -> h.review() == null || h.review().status() == null ? ReviewStatus.UNKNOWN
                : h.review().status()).min(Comparator.comparingInt(order::indexOf)).orElse(ReviewStatus.UNKNOWN);
    }
}
