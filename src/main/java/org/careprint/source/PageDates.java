package org.careprint.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Finding;

/**
 * Finds a page's own dates among its lines: the medical review date (and reviewer) and the last update.
 * Only lines that ARE date lines count — a bare date, a date followed by "Reviewed By:", or a short line
 * starting with a keyword ("Reviewed:", "Posted on", "— Last updated on", "Medically reviewed by … on …").
 * A date inside a body sentence is never a page date. Impossible dates and template placeholders are errors.
 */
final class PageDates {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern DECORATION = Pattern.compile("^[\\s—–\\-|•·*_#>]+|[\\s|*_]+$");
    private static final Pattern REVIEW_KEYWORD = Pattern.compile(
            "^(?:(?:medically|clinically|content|page|date|last|expert|fact|this page was|this information was)\\s+)*"
                    + "(?:last\\s+)?(?:reviewed|review date|date of review)\\b", CI);
    private static final Pattern UPDATE_KEYWORD = Pattern.compile(
            "^(?:(?:page|content|date|last|this page was|this information was)\\s+)*(?:last\\s+)?"
                    + "(updated|modified|revised|posted|published|update date|date posted)\\b", CI);
    private static final Pattern LATER_UPDATE = Pattern.compile(
            "(?:updated|modified|revised|posted|published)(?:\\s+on)?\\s*:?\\s*$", CI);
    private static final Pattern REVIEWED_BY = Pattern.compile("^reviewed\\s+by\\s*:?\\s*(.*)$", CI);
    private static final Pattern BY_NAME = Pattern.compile("\\bby\\s*:?\\s+(.+)", CI);
    private static final Pattern NAME_END = Pattern.compile("\\s+on\\b|\\s[|—–]\\s|\\s-\\s|,?\\s+(?:updated|last|written|posted)\\b", CI);
    private static final Pattern TIME_TAIL = Pattern.compile(
            "^,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}\\b)?", CI);
    private static final int MAX_LINE = 200;
    private static final int MAX_TAIL_WORDS = 4;

    /** What the scan found. Indices refer to the list passed to {@link #scan}. */
    static final class Result {
        LocalDate reviewed;
        int reviewedLine;
        String reviewer;
        LocalDate updated;
        int updatedLine;
        /** The update date came from a bare date line; an explicit "Last updated …" line outranks it. */
        boolean updatedFromBareDate;
        LocalDate posted;
        int postedLine;
        /** Lines that were page dates and are not body text. */
        final Set<Integer> consumed = new HashSet<>();
        /** Body text glued after a consumed date ("Oct. 19, 2016Breast cancer…"), by line index. */
        final Map<Integer, String> remainders = new HashMap<>();
        final List<Finding> findings = new ArrayList<>();

        /** Update date, falling back to the posting date. */
        LocalDate updatedOrPosted() {
            return updated != null ? updated : posted;
        }

        int updatedOrPostedLine() {
            return updated != null ? updatedLine : postedLine;
        }
    }

    private final DateParser parser;

    PageDates(DateParser parser) {
        this.parser = parser;
    }

    Result scan(List<SourceLine> lines) {
        Result r = new Result();
        for (int i = 0; i < lines.size(); i++) {
            if (r.consumed.contains(i)) {
                continue;
            }
            SourceLine sl = lines.get(i);
            String text = DECORATION.matcher(TextCleaner.collapse(sl.text())).replaceAll("");
            if (text.isEmpty() || text.length() > MAX_LINE) {
                continue;
            }
            Optional<String> placeholder = DateParser.findPlaceholder(text);
            if (placeholder.isPresent()) {
                r.findings.add(Finding.error("placeholder", sl.line(), "\"" + placeholder.get()
                        + "\" is a template placeholder, not a date; put the real date in."));
                if (text.length() <= 60 && (REVIEW_KEYWORD.matcher(text).find() || UPDATE_KEYWORD.matcher(text).find()
                        || text.equals(placeholder.get()))) {
                    r.consumed.add(i);
                } else {
                    // "… updated as needed. Updated <MM/DD/YYYY>": drop the placeholder stamp, keep the sentence
                    String rest = withoutPlaceholderStamp(sl.text());
                    if (!rest.equals(sl.text())) {
                        r.consumed.add(i);
                        r.remainders.put(i, rest);
                    }
                }
                continue;
            }
            if (REVIEW_KEYWORD.matcher(text).find()) {
                reviewLine(lines, i, text, r);
            } else if (UPDATE_KEYWORD.matcher(text).find()) {
                updateLine(i, sl.line(), text, r);
            } else {
                bareDateLine(lines, i, text, r);
            }
        }
        return r;
    }

    private static final Pattern PLACEHOLDER_STAMP = Pattern.compile(
            "\\s*(?:[—–|\\-]\\s*)?(?:(?:last|page|date|medically)\\s+)?(?:updated|reviewed|posted|revised|modified)(?:\\s+on)?\\s*:?\\s*"
                    + "(?:<\\s*(?:MM|DD|YYYY|date)[^>]{0,12}>|\\b(?:MM|DD)[/.\\-](?:DD|MM)[/.\\-](?:YYYY|YY)\\b|\\bYYYY-MM-DD\\b"
                    + "|\\[\\s*date\\s*])", CI);

    /** The line without a keyword + placeholder stamp such as "Updated <MM/DD/YYYY>". */
    static String withoutPlaceholderStamp(String line) {
        return PLACEHOLDER_STAMP.matcher(line).replaceAll("").strip();
    }

    private void reviewLine(List<SourceLine> lines, int i, String text, Result r) {
        int line = lines.get(i).line();
        List<DateParser.DateMatch> dates = parser.findAll(text);
        Matcher by = REVIEWED_BY.matcher(text);
        if (dates.isEmpty()) {
            if (by.matches() && text.length() <= 80 && r.reviewer == null) {
                r.reviewer = cleanName(by.group(1));
                r.consumed.add(i);
            }
            return;
        }
        DateParser.DateMatch first = dates.get(0);
        if (!isDateLineTail(text, first, r, i)) {
            return;
        }
        r.consumed.add(i);
        if (!checkValid(first, line, r)) {
            return;
        }
        boolean firstIsUpdate = LATER_UPDATE.matcher(text.substring(0, first.start())).find();
        if (firstIsUpdate) {
            setUpdated(r, first.date(), line, "updated");
        } else if (r.reviewed == null) {
            r.reviewed = first.date();
            r.reviewedLine = line;
        }
        for (int k = 1; k < dates.size(); k++) {
            DateParser.DateMatch d = dates.get(k);
            String between = text.substring(dates.get(k - 1).end(), d.start());
            if (d.valid() && LATER_UPDATE.matcher(between).find()) {
                setUpdated(r, d.date(), line, between.toLowerCase().contains("posted") ? "posted" : "updated");
            }
        }
        Matcher name = BY_NAME.matcher(text.substring(0, first.start()));
        if (!name.find()) {
            name = BY_NAME.matcher(text.substring(first.end()));
            if (!name.find()) {
                return;
            }
        }
        if (r.reviewer == null) {
            r.reviewer = cleanName(cutName(name.group(1)));
        }
    }

    private void updateLine(int i, int line, String text, Result r) {
        Matcher kw = UPDATE_KEYWORD.matcher(text);
        kw.find();
        Optional<DateParser.DateMatch> found = parser.find(text);
        if (found.isEmpty() || !isDateLineTail(text, found.get(), r, i)) {
            return;
        }
        r.consumed.add(i);
        DateParser.DateMatch d = found.get();
        if (!checkValid(d, line, r)) {
            return;
        }
        String kind = kw.group(1).toLowerCase().contains("posted") || kw.group(1).toLowerCase().contains("published")
                ? "posted" : "updated";
        setUpdated(r, d.date(), line, kind);
        // "Updated March 3, 2023 — Reviewed by Dr. Lee on March 1, 2023"
        String tail = text.substring(d.end());
        Matcher rev = Pattern.compile("reviewed", CI).matcher(tail);
        if (rev.find()) {
            Optional<DateParser.DateMatch> rd = parser.find(tail.substring(rev.end()));
            if (rd.isPresent() && rd.get().valid() && r.reviewed == null) {
                r.reviewed = rd.get().date();
                r.reviewedLine = line;
            }
            Matcher name = BY_NAME.matcher(tail.substring(rev.start()));
            if (name.find() && r.reviewer == null) {
                r.reviewer = cleanName(cutName(name.group(1)));
            }
        }
    }

    private void bareDateLine(List<SourceLine> lines, int i, String text, Result r) {
        Optional<DateParser.DateMatch> found = parser.find(text);
        if (found.isEmpty() || found.get().start() != 0 || !isDateLineTail(text, found.get(), r, i)) {
            return;
        }
        DateParser.DateMatch d = found.get();
        int line = lines.get(i).line();
        r.consumed.add(i);
        int next = nextNonBlank(lines, i + 1);
        Matcher by = next < 0 ? null : REVIEWED_BY.matcher(TextCleaner.collapse(lines.get(next).text()));
        boolean review = by != null && by.matches();
        if (review) {
            r.consumed.add(next);
        }
        if (!checkValid(d, line, r)) {
            return;
        }
        if (review) {
            if (r.reviewed == null) {
                r.reviewed = d.date();
                r.reviewedLine = line;
                r.reviewer = cleanName(by.group(1));
            }
        } else {
            // a bare date outside the body sentences, e.g. after the navigation block: the update date
            setUpdated(r, d.date(), line, "bare");
        }
    }

    /**
     * True when what follows the date is a page-date tail: nothing, a time, a byline, a separator, a few
     * words, or body text glued straight onto the year (kept as a remainder). Long sentences are body text.
     */
    private static boolean isDateLineTail(String text, DateParser.DateMatch d, Result r, int index) {
        String tail = text.substring(d.end());
        Matcher time = TIME_TAIL.matcher(tail);
        if (time.find()) {
            tail = tail.substring(time.end());
        }
        if (!tail.isEmpty() && Character.isLetter(tail.charAt(0))) {
            r.remainders.put(index, tail); // glued: "Oct. 19, 2016Share"
            return true;
        }
        String t = tail.trim();
        if (t.isEmpty() || t.matches("^[|—–\\-·•.,;:)\\]].*") || t.matches("(?i)^by\\b.*")) {
            return t.length() <= 120 && !t.matches("^[,;].{30,}");
        }
        return t.split("\\s+").length <= MAX_TAIL_WORDS && !t.endsWith(".");
    }

    private static boolean checkValid(DateParser.DateMatch d, int line, Result r) {
        if (d.valid()) {
            return true;
        }
        r.findings.add(Finding.error("invalid-date", line, "\"" + d.text()
                + "\" is not a real calendar date; correct it (CarePrint does not guess)."));
        return false;
    }

    private static void setUpdated(Result r, LocalDate date, int line, String kind) {
        if ("posted".equals(kind)) {
            if (r.posted == null) {
                r.posted = date;
                r.postedLine = line;
            }
        } else if (r.updated == null || r.updatedFromBareDate && !"bare".equals(kind)) {
            r.updated = date;
            r.updatedLine = line;
            r.updatedFromBareDate = "bare".equals(kind);
        }
    }

    private static String cutName(String s) {
        Matcher end = NAME_END.matcher(s);
        String name = end.find() ? s.substring(0, end.start()) : s;
        Optional<DateParser.DateMatch> d = new DateParser(false).find(name);
        if (d.isPresent()) {
            name = name.substring(0, d.get().start());
        }
        return name;
    }

    private static String cleanName(String s) {
        return s.replaceAll("^[\\s:]+|[\\s,;:|—–\\-]+$", "").replaceAll("(?i)\\s+on$", "").trim();
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int k = from; k < lines.size() && k < from + 3; k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }
}
