package org.careprint.booklet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.careprint.glossary.Glossary;
import org.careprint.glossary.TermBinder;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Handout;
import org.careprint.print.PdfChecks;
import org.careprint.print.Style;
import org.careprint.review.ReviewPolicy;
import org.careprint.source.DocumentLoader;
import org.careprint.source.LoadOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A booklet of the bundled examples and the seed-style fixture, in every bundled style (and giant on A4),
 * read back with PDFBox: the contents' page numbers are the chapters' real first pages (and their links go
 * there), every chapter starts on an odd page, blank pages hold only Artifacts, the combined glossary's
 * references point at pages of the right chapter that use the word, bookmarks match the headings, page
 * labels match the printed numbers; veraPDF finds no PDF/UA-1 or PDF/A-2a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookletReadBackTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String TITLE = "Cancer care handouts";

    private PdfChecks.Validator validator;
    private final List<BookletHandout> handouts = new ArrayList<>();
    private final Map<String, byte[]> pdfs = new LinkedHashMap<>();
    private final Map<String, BookletResult> results = new LinkedHashMap<>();

    @BeforeAll
    void build() throws Exception {
        validator = new PdfChecks.Validator();
        handouts.addAll(handouts());
        for (String style : Style.BUNDLED) {
            make(style, "letter");
        }
        make("giant", "a4");
        Path folder = Path.of("target/booklet");
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            Files.write(folder.resolve("booklet-" + e.getKey() + ".pdf"), e.getValue());
        }
    }

    static List<BookletHandout> handouts() throws Exception {
        Glossary glossary = Glossary.builtIn();
        DocumentLoader loader = new DocumentLoader(LoadOptions.defaults());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.sorted().forEach(files::add);
        }
        files.add(Path.of("src/test/resources/print/fixtures/her2-seed.txt"));
        List<BookletHandout> out = new ArrayList<>();
        for (Path file : files) {
            Handout bound = TermBinder.bind(loader.load(file).handout(), glossary);
            out.add(new BookletHandout(file.toString(), bound,
                    ReviewPolicy.defaults().evaluate(bound.metadata(), TODAY)));
        }
        return out;
    }

    private void make(String style, String paper) throws Exception {
        String key = style + "-" + paper;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookletOptions options = new BookletOptions(TITLE, "Riverside Cancer Center", TODAY, 1_780_000_000L, true,
                true, paper);
        results.put(key, new Booklet(Style.load(style), options).write(handouts, out));
        pdfs.put(key, out.toByteArray());
    }

    @AfterAll
    void close() throws Exception {
        validator.close();
    }

    @Test
    void veraPdfFindsNothing() throws Exception {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            assertEquals(List.of(), validator.failures(e.getValue(), true), e.getKey() + " PDF/UA-1");
            assertEquals(List.of(), validator.failures(e.getValue(), false), e.getKey() + " PDF/A-2a");
        }
    }

    @Test
    void contentsPageNumbersAreTheRealStartPagesAndLinkThere() throws Exception {
        Pattern entry = Pattern.compile("^(.*?)\\s*(?:\\. )*\\.?\\s*(\\d+)\\s*$");
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            BookletResult r = results.get(e.getKey());
            List<String> texts = PdfChecks.pageTexts(e.getValue());
            // The printed entries, in order, from the contents page.
            List<Integer> printed = new ArrayList<>();
            for (String line : texts.get(r.contentsPage() - 1).split("\\R")) {
                Matcher m = entry.matcher(line);
                if (line.contains(" . ") && m.matches()) {
                    printed.add(Integer.parseInt(m.group(2)));
                }
            }
            List<Integer> expected = new ArrayList<>(r.chapters().stream().map(BookletResult.ChapterPlace::start).toList());
            expected.add(r.glossaryPage());
            assertEquals(expected, printed, e.getKey());
            for (BookletResult.ChapterPlace c : r.chapters()) {
                String start = norm(texts.get(c.start() - 1));
                assertTrue(start.startsWith(norm(c.title())), e.getKey() + ": page " + c.start() + " starts with "
                        + start.substring(0, Math.min(60, start.length())) + ", not " + c.title());
                assertFalse(norm(texts.get(c.start() - 2)).startsWith(norm(c.title())), e.getKey());
            }
            assertTrue(norm(texts.get(r.glossaryPage() - 1)).startsWith("Words to know"), e.getKey());
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                List<Integer> targets = new ArrayList<>();
                for (PDAnnotation a : doc.getPage(r.contentsPage() - 1).getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go
                            && go.getDestination() instanceof PDPageDestination d) {
                        int target = doc.getPages().indexOf(d.getPage()) + 1;
                        if (targets.isEmpty() || targets.get(targets.size() - 1) != target) {
                            targets.add(target);
                        }
                        assertFalse(a.getContents() == null || a.getContents().isBlank(), "link without /Contents");
                    }
                }
                assertEquals(expected, targets, e.getKey() + " link targets");
                long tocItems = structure(doc).stream().filter(s -> "TOCI".equals(s.getStructureType())).count();
                assertEquals(expected.size(), tocItems, e.getKey());
                assertEquals(1, structure(doc).stream().filter(s -> "TOC".equals(s.getStructureType())).count());
            }
        }
    }

    @Test
    void everyChapterStartsOnARightHandPageAndBlankPagesAreArtifacts() throws Exception {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            BookletResult r = results.get(e.getKey());
            assertEquals(1, r.contentsPage() % 2, e.getKey() + " contents");
            assertEquals(1, r.glossaryPage() % 2, e.getKey() + " glossary");
            assertEquals(2, r.reviewPage(), e.getKey() + " the review page is the inside cover");
            List<String> texts = PdfChecks.pageTexts(e.getValue());
            assertEquals(r.pages(), texts.size());
            int blanks = 0;
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                for (BookletResult.ChapterPlace c : r.chapters()) {
                    assertEquals(1, c.start() % 2, e.getKey() + ": " + c.title() + " starts on page " + c.start());
                }
                for (int i = 0; i < texts.size(); i++) {
                    if (!texts.get(i).contains("This page is left blank.")) {
                        continue;
                    }
                    blanks++;
                    assertEquals(0, (i + 1) % 2, "a blank page is a left-hand page");
                    PDPage page = doc.getPage(i);
                    String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertFalse(content.contains("/MCID"), e.getKey() + " page " + (i + 1) + " has tagged content");
                    assertTrue(content.contains("/Artifact"), e.getKey());
                }
            }
            assertEquals(r.blankPages(), blanks, e.getKey());
            assertTrue(blanks > 0, e.getKey() + ": the fixtures need blank versos");
        }
    }

    @Test
    void combinedGlossaryReferencesPointAtTheFirstUseInEachChapter() throws Exception {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            BookletResult r = results.get(e.getKey());
            List<String> texts = PdfChecks.pageTexts(e.getValue());
            StringBuilder glossaryText = new StringBuilder();
            for (int p = r.glossaryPage(); p <= r.pages(); p++) {
                glossaryText.append(texts.get(p - 1)).append('\n');
            }
            String glossary = norm(glossaryText.toString());
            assertFalse(r.glossary().isEmpty());
            int shared = 0;
            for (BookletResult.GlossaryItem item : r.glossary()) {
                shared += item.uses().size() > 1 ? 1 : 0;
                for (BookletResult.Use use : item.uses()) {
                    BookletResult.ChapterPlace chapter = r.chapters().stream().filter(c -> c.title().equals(use.title()))
                            .findFirst().orElseThrow();
                    assertTrue(use.page() >= chapter.start() && use.page() <= chapter.end(),
                            e.getKey() + ": " + item.term() + " on page " + use.page() + " outside " + chapter);
                    String page = norm(texts.get(use.page() - 1)).toLowerCase(Locale.ROOT);
                    assertTrue(page.contains(norm(item.term()).toLowerCase(Locale.ROOT)),
                            e.getKey() + ": \u201C" + item.term() + "\u201D is not on page " + use.page());
                    // ... and not on an earlier page of that chapter (it is the first use there).
                    for (int p = chapter.start() + 1; p < use.page(); p++) {
                        assertFalse(norm(texts.get(p - 1)).toLowerCase(Locale.ROOT)
                                        .contains(norm(item.term()).toLowerCase(Locale.ROOT) + " "),
                                e.getKey() + ": " + item.term() + " already on page " + p);
                    }
                    assertTrue(glossary.contains(norm(use.title()) + " (page " + use.page() + ")"),
                            e.getKey() + ": glossary lacks " + use.title() + " (page " + use.page() + ")");
                }
            }
            assertTrue(shared > 0, "some word is used by two handouts: " + r.glossary());
        }
    }

    @Test
    void bookmarksMatchTheHeadings() throws Exception {
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            BookletResult r = results.get(e.getKey());
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                List<PDOutlineItem> top = new ArrayList<>();
                doc.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
                List<String> titles = top.stream().map(PDOutlineItem::getTitle).toList();
                List<String> expected = new ArrayList<>(List.of(TITLE, Booklet.REVIEW_HEADING, Booklet.CONTENTS));
                r.chapters().forEach(c -> expected.add(c.title()));
                expected.add("Words to know");
                assertEquals(expected, titles, e.getKey());
                for (int i = 0; i < r.chapters().size(); i++) {
                    BookletResult.ChapterPlace c = r.chapters().get(i);
                    PDOutlineItem item = top.get(3 + i);
                    assertEquals(c.start(), doc.getPages().indexOf(item.findDestinationPage(doc)) + 1, c.title());
                    List<String> sections = new ArrayList<>();
                    List<Integer> pages = new ArrayList<>();
                    flatten(doc, item, sections, pages);
                    List<String> headings = new ArrayList<>();
                    for (Block b : handouts.get(i).handout().blocks()) {
                        if (b instanceof Block.Heading) {
                            headings.add(norm(Blocks.plainText(b)));
                        }
                    }
                    assertEquals(headings, sections.stream().map(BookletReadBackTest::norm).toList(), e.getKey());
                    for (int p : pages) {
                        assertTrue(p >= c.start() && p <= c.end(), c.title() + ": bookmark on page " + p);
                    }
                }
            }
        }
    }

    @Test
    void pageLabelsMatchThePrintedNumbersAndTheCoverShowsTheDates() throws Exception {
        Pattern footer = Pattern.compile("Page (\\d+) of (\\d+)\\s*$");
        for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
            BookletResult r = results.get(e.getKey());
            List<String> texts = PdfChecks.pageTexts(e.getValue());
            try (PDDocument doc = Loader.loadPDF(e.getValue())) {
                PDPageLabels labels = doc.getDocumentCatalog().getPageLabels();
                String[] byIndex = labels.getLabelsByPageIndices();
                assertEquals("Cover", byIndex[0]);
                for (int i = 1; i < texts.size(); i++) {
                    Matcher m = footer.matcher(texts.get(i).strip());
                    assertTrue(m.find(), e.getKey() + " page " + (i + 1) + " has no page number: " + texts.get(i));
                    assertEquals(String.valueOf(i + 1), m.group(1));
                    assertEquals(String.valueOf(r.pages()), m.group(2));
                    assertEquals(m.group(1), byIndex[i], e.getKey() + " label of page " + (i + 1));
                }
            }
            String cover = norm(texts.get(0));
            assertTrue(cover.startsWith(TITLE + " Riverside Cancer Center Printed: June 1, 2026"), cover);
            assertTrue(cover.contains("Oldest medical review: August 31, 2015"), cover);
            assertFalse(cover.contains("Page 1"), cover);
            String review = norm(texts.get(1));
            for (String t : r.overdue()) {
                assertTrue(review.contains(norm(t)), review);
            }
            for (BookletResult.ChapterPlace c : r.chapters()) {
                // Each chapter's footer carries its own review date.
                BookletHandout h = handouts.stream().filter(x -> x.source().equals(c.source())).findFirst().orElseThrow();
                String lead = "Reviewed " + org.careprint.review.ReviewWording.longDate(h.review().reviewed());
                String shortLead = "Reviewed " + org.careprint.review.ReviewWording.shortDate(h.review().reviewed());
                for (int p = c.start(); p <= c.end(); p++) {
                    // The footer: one line "Reviewed … · Page N of M", or the date above "Page N of M".
                    String[] lines = texts.get(p - 1).strip().split("\\R");
                    String foot = lines.length > 1 ? lines[lines.length - 2] + "\n" + lines[lines.length - 1]
                            : lines[0];
                    assertTrue(foot.contains(lead) || foot.contains(shortLead), e.getKey() + " page " + p + ": " + foot);
                }
            }
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new Booklet(Style.load("large"), new BookletOptions(TITLE, "Riverside Cancer Center", TODAY, 1_780_000_000L,
                true, true, "letter")).write(handouts, again);
        assertArrayEquals(pdfs.get("large-letter"), again.toByteArray());
    }

    private static void flatten(PDDocument doc, PDOutlineNode node, List<String> titles, List<Integer> pages)
            throws Exception {
        for (PDOutlineItem child : node.children()) {
            titles.add(child.getTitle());
            pages.add(doc.getPages().indexOf(child.findDestinationPage(doc)) + 1);
            flatten(doc, child, titles, pages);
        }
    }

    private static List<PDStructureElement> structure(PDDocument doc) {
        List<PDStructureElement> all = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), all);
        return all;
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                collect(e, out);
            }
        }
    }

    static String norm(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
