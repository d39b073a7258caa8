package org.careprint.source;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.careprint.model.Finding;
import org.careprint.model.Metadata;

/**
 * A Markdown page's metadata: front matter keys win, and the dates found in the body count only when the
 * front matter does not name that date at all (a broken front-matter date is reported, not replaced).
 */
final class MarkdownMetadata {
    private static final String[] REVIEWED_KEYS =
            {"lastReviewed", "reviewed", "last_reviewed", "reviewDate", "dateReviewed", "medicallyReviewed"};
    private static final String[] UPDATED_KEYS =
            {"updated", "lastUpdated", "last_updated", "modified", "lastModified", "dateModified"};

    private MarkdownMetadata() {
    }

    static Metadata of(String source, String title, FrontMatter fm, PageDates.Result body, ReadContext ctx) {
        LocalDate reviewed = frontMatterDate(fm, ctx, REVIEWED_KEYS);
        int reviewedLine = reviewed != null ? fm.lineOf(REVIEWED_KEYS) : 0;
        if (reviewed == null && !hasAny(fm, REVIEWED_KEYS)) {
            reviewed = body.reviewed;
            reviewedLine = body.reviewedLine;
        }
        LocalDate updated = frontMatterDate(fm, ctx, UPDATED_KEYS);
        int updatedLine = updated != null ? fm.lineOf(UPDATED_KEYS) : 0;
        if (updated == null && !hasAny(fm, UPDATED_KEYS)) {
            updated = body.updatedOrPosted();
            updatedLine = body.updatedOrPostedLine();
        }
        String reviewer = fm.has("reviewer") || fm.has("reviewedBy")
                ? Optional.ofNullable(fm.get("reviewer", "reviewedBy")).orElse("") : body.reviewer;
        String frequency = fm.get("reviewFrequency", "review_frequency", "reviewCycle");
        LocalDate next = frontMatterDate(fm, ctx, "next_review", "nextReview", "reviewDue");
        if (frequency == null && next != null && reviewed != null && next.isAfter(reviewed)) {
            frequency = Period.between(reviewed, next).toString(); // the page's own cycle, as ISO ("P2Y")
        }
        String language = fm.get("language", "lang", "locale");
        return new Metadata(title, language, reviewed, reviewer, updated, frequency, source, reviewedLine, updatedLine);
    }

    private static boolean hasAny(FrontMatter fm, String... keys) {
        for (String k : keys) {
            if (fm.get(k) != null) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate frontMatterDate(FrontMatter fm, ReadContext ctx, String... keys) {
        String value = fm.get(keys);
        if (value == null) {
            return null;
        }
        int line = fm.lineOf(keys);
        Optional<String> placeholder = DateParser.findPlaceholder(value);
        if (placeholder.isPresent()) {
            ctx.findings.add(Finding.error("placeholder", line, "\"" + value
                    + "\" is a template placeholder, not a date; put the real date in."));
            return null;
        }
        Optional<DateParser.DateMatch> d = ctx.dates.parseValue(value);
        if (d.isPresent() && d.get().valid()) {
            return d.get().date();
        }
        ctx.findings.add(Finding.error("invalid-date", line, "\"" + value
                + "\" is not a real calendar date; write it as YYYY-MM-DD (CarePrint does not guess)."));
        return null;
    }
}
