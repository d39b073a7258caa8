package org.careprint.epub;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks where each printed page begins in the content document, from the first line of text on each PDF page, so
 * the page list of the navigation document says the same "page 3" as the handout. Pages are found in order, by the
 * first words of their first line; a page whose line cannot be found is marked where the previous search stopped.
 */
final class PageMarks {
    private record Word(int segment, int offset, String word) {
    }

    private PageMarks() {
    }

    /** Adds page marks to the segments; returns the page numbers marked, in order. */
    static List<Integer> mark(List<String> pageStarts, List<Segment> segments) {
        List<Word> stream = new ArrayList<>();
        for (Segment s : segments) {
            List<String> words = Segment.words(s.text);
            int[] starts = s.wordStarts();
            for (int i = 0; i < words.size(); i++) {
                stream.add(new Word(s.index, starts[i], words.get(i)));
            }
        }
        List<Integer> marked = new ArrayList<>();
        if (stream.isEmpty()) {
            return marked;
        }
        int cursor = 0;
        for (int page = 1; page <= pageStarts.size(); page++) {
            int at = page == 1 ? 0 : find(stream, cursor, Segment.words(pageStarts.get(page - 1)));
            if (at < 0) {
                at = Math.min(cursor, stream.size() - 1);
            }
            Word w = stream.get(at);
            segments.get(w.segment()).pageMarks.add(new int[] {w.offset(), page});
            marked.add(page);
            cursor = Math.min(at + 1, stream.size() - 1);
        }
        return marked;
    }

    private static int find(List<Word> stream, int from, List<String> line) {
        for (int k : new int[] {Math.min(5, line.size()), Math.min(2, line.size())}) {
            if (k == 0) {
                return -1;
            }
            for (int i = from; i + k <= stream.size(); i++) {
                boolean match = true;
                for (int j = 0; j < k && match; j++) {
                    match = stream.get(i + j).word().equals(line.get(j));
                }
                if (match) {
                    return i;
                }
            }
        }
        return -1;
    }
}
