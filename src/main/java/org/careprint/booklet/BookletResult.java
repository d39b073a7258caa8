package org.careprint.booklet;

import java.util.List;

/**
 * Where everything landed in a written booklet (1-based page numbers, as printed).
 *
 * @param reviewPage first page of "Review before distributing", or 0 when there is none
 * @param glossaryPage first page of the combined "Words to know", or 0 when no handout defines a term
 * @param overdue     titles of the handouts listed on the review page (overdue for review)
 */
public record BookletResult(int pages, int reviewPage, int contentsPage, int glossaryPage, List<ChapterPlace> chapters,
                            List<GlossaryItem> glossary, List<String> overdue, int blankPages) {
    public BookletResult {
        chapters = List.copyOf(chapters);
        glossary = List.copyOf(glossary);
        overdue = List.copyOf(overdue);
    }

    /** A chapter: its handout's source and title, first page and page count, and review status label. */
    public record ChapterPlace(String source, String title, int start, int pages, String reviewStatus) {
        public int end() {
            return start + pages - 1;
        }
    }

    /** A combined glossary entry and the chapters (by title) and book pages of its first use in each. */
    public record GlossaryItem(String term, String definition, List<Use> uses) {
        public GlossaryItem {
            uses = List.copyOf(uses);
        }
    }

    public record Use(String title, int page) {
    }
}
