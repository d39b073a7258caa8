package org.careprint.booklet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careprint.print.BookPrinter;

/**
 * One "Words to know" for the whole book: every defined term of every chapter once, alphabetical, with the
 * definition of the first chapter that uses it and, per chapter using it, the chapter's title and the book
 * page of its first use there ("Used in: Anemia basics (page 5); Fatigue (page 23).").
 */
final class CombinedGlossary {
    static final String HEADING = "Words to know";
    static final String INTRO = "Each word is followed by the handouts that use it and the page where it first"
            + " appears in each.";

    private record Entry(BookPrinter.TermUse first, List<BookletResult.Use> uses) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Adds a chapter's terms; {@code start} is the chapter's first book page. */
    void add(String title, int start, List<BookPrinter.TermUse> terms) {
        for (BookPrinter.TermUse t : terms) {
            Entry e = entries.computeIfAbsent(t.key(), k -> new Entry(t, new ArrayList<>()));
            e.uses().add(new BookletResult.Use(title, t.page() > 0 ? start + t.page() - 1 : start));
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    private List<Entry> sorted() {
        List<Entry> list = new ArrayList<>(entries.values());
        list.sort(Comparator.comparing((Entry e) -> e.first().label().toLowerCase(Locale.ROOT))
                .thenComparing(e -> e.first().label()));
        return list;
    }

    List<BookPrinter.GlossaryEntry> printed() {
        List<BookPrinter.GlossaryEntry> out = new ArrayList<>();
        for (Entry e : sorted()) {
            out.add(new BookPrinter.GlossaryEntry(e.first().label(), e.first().relation(), e.first().definition(),
                    usesLine(e.uses())));
        }
        return out;
    }

    List<BookletResult.GlossaryItem> items() {
        return sorted().stream().map(e -> new BookletResult.GlossaryItem(e.first().label(), e.first().definition(),
                e.uses())).toList();
    }

    /** "Used in: Anemia basics (page 5); Fatigue (page 23)." — a no-break space keeps "page 5" together. */
    static String usesLine(List<BookletResult.Use> uses) {
        StringBuilder sb = new StringBuilder("Used in: ");
        for (int i = 0; i < uses.size(); i++) {
            BookletResult.Use u = uses.get(i);
            sb.append(i == 0 ? "" : "; ").append(u.title()).append(" (page\u00A0").append(u.page()).append(')');
        }
        return sb.append('.').toString();
    }
}
