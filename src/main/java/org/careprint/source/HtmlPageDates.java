package org.careprint.source;

import static org.careprint.source.HtmlReader.BLOCK_TAGS;
import static org.careprint.source.HtmlReader.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.careprint.model.Finding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page dates of an HTML page from {@code <time datetime>}, meta tags, bylines and footers (anywhere in the
 * page, not only the main content). The elements whose text was a date line are {@link #consumed}, so the
 * block walker leaves them out.
 */
final class HtmlPageDates {
    private final ReadContext ctx;
    final Set<Element> consumed = new HashSet<>();
    PageDates.Result result;

    HtmlPageDates(ReadContext ctx) {
        this.ctx = ctx;
    }

    void scan(Document doc) {
        List<Element> candidates = new ArrayList<>();
        List<SourceLine> lines = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (isLeafBlock(e)) {
                String text = TextCleaner.collapse(e.text());
                if (!text.isEmpty() && text.length() <= 200) {
                    candidates.add(e);
                    lines.add(new SourceLine(text, line(e)));
                }
            }
        }
        result = new PageDates(ctx.dates).scan(lines);
        ctx.findings.addAll(result.findings);
        for (int i : result.consumed) {
            // a placeholder stamp cut from a sentence: keep the element, the text clean-up cuts the stamp
            if (!result.remainders.containsKey(i) || DateParser.findPlaceholder(lines.get(i).text()).isEmpty()) {
                consumed.add(candidates.get(i));
            }
        }
        timeElements(doc);
        metaTags(doc);
    }

    /** Smallest element holding a piece of text: no block children. */
    private static boolean isLeafBlock(Element e) {
        String tag = e.normalName();
        if (!(BLOCK_TAGS.contains(tag) || tag.equals("span") || tag.equals("small") || tag.equals("time")
                || tag.equals("em") || tag.equals("strong"))) {
            return false;
        }
        for (Element c : e.children()) {
            if (BLOCK_TAGS.contains(c.normalName())) {
                return false;
            }
        }
        if (!BLOCK_TAGS.contains(tag)) {
            // inline elements count only when they are a byline of their own (class or sole content)
            String cls = e.className().toLowerCase(Locale.ROOT);
            return cls.contains("date") || cls.contains("review") || cls.contains("updated") || cls.contains("byline");
        }
        return true;
    }

    private void timeElements(Document doc) {
        for (Element time : doc.select("time[datetime]")) {
            Optional<DateParser.DateMatch> d = ctx.dates.parseValue(time.attr("datetime"));
            Element context = time.parent() != null ? time.parent() : time;
            String around = context.text().toLowerCase(Locale.ROOT) + " " + time.className().toLowerCase(Locale.ROOT)
                    + " " + time.attr("itemprop").toLowerCase(Locale.ROOT);
            boolean review = around.contains("review");
            int line = line(time);
            if (d.isEmpty()) {
                continue;
            }
            if (!d.get().valid()) {
                if (result.findings.stream().noneMatch(f -> f.line() == line && f.code().equals("invalid-date"))) {
                    ctx.findings.add(Finding.error("invalid-date", line, "\"" + time.attr("datetime")
                            + "\" is not a real calendar date; correct it (CarePrint does not guess)."));
                }
                continue;
            }
            LocalDate date = d.get().date();
            // the machine-readable datetime is the most precise statement of the date: it wins
            if (review) {
                result.reviewed = date;
                result.reviewedLine = line;
            } else if (result.updated == null || around.contains("updated") || around.contains("modified")) {
                result.updated = date;
                result.updatedLine = line;
            }
        }
    }

    private void metaTags(Document doc) {
        for (Element meta : doc.select("meta[name], meta[property]")) {
            String name = (meta.attr("name") + meta.attr("property")).toLowerCase(Locale.ROOT);
            Optional<DateParser.DateMatch> d = ctx.dates.parseValue(meta.attr("content"));
            if (d.isEmpty() || !d.get().valid()) {
                continue;
            }
            if (name.contains("review") && result.reviewed == null) {
                result.reviewed = d.get().date();
                result.reviewedLine = line(meta);
            } else if ((name.contains("modified") || name.contains("updated")) && result.updated == null) {
                result.updated = d.get().date();
                result.updatedLine = line(meta);
            }
        }
    }
}
