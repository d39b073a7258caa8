package org.careprint.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in short page-date lines: "August 31, 2015", "Oct. 19, 2016", "31 August 2015",
 * "03/14/2019" (US month/day unless day-first), "2023-04-01". Phone numbers, percentages, ranges and
 * drug names such as CDK4/6 never match. An impossible date (February 30) is returned with a null date,
 * so callers can report it instead of guessing.
 */
final class DateParser {
    /** A date found in text; {@code date} is null when the text names an impossible day. */
    record DateMatch(LocalDate date, String text, int start, int end) {
        boolean valid() {
            return date != null;
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+(\\d{4})(?!\\d)", CI);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)", CI);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.\\-–\\p{L}])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})(?![\\d/\\-–%])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d/\\-.])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d\\-/])");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<\\s*(?:MM|DD|YYYY|date)[^>]{0,12}>|\\b(?:MM|DD)[/.\\-](?:DD|MM)[/.\\-](?:YYYY|YY)\\b|\\bYYYY-MM-DD\\b"
                    + "|\\bXX/XX/XX(?:XX)?\\b|\\[\\s*date\\s*]", CI);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private final boolean dayFirst;

    DateParser(boolean dayFirst) {
        this.dayFirst = dayFirst;
    }

    /** Every date in the text, in order of position (overlaps resolved to the earliest, longest). */
    List<DateMatch> findAll(String text) {
        List<DateMatch> all = new ArrayList<>();
        collect(MONTH_DAY_YEAR, text, all, m -> build(m.group(3), month(m.group(1)), m.group(2), m));
        collect(DAY_MONTH_YEAR, text, all, m -> build(m.group(3), month(m.group(2)), m.group(1), m));
        collect(ISO, text, all, m -> build(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m));
        collect(NUMERIC, text, all, m -> dayFirst
                ? build(m.group(4), Integer.parseInt(m.group(3)), m.group(1), m)
                : build(m.group(4), Integer.parseInt(m.group(1)), m.group(3), m));
        all.sort(Comparator.comparingInt(DateMatch::start).thenComparing(d -> -(d.end() - d.start())));
        List<DateMatch> out = new ArrayList<>();
        int end = -1;
        for (DateMatch d : all) {
            if (d.start() >= end) {
                out.add(d);
                end = d.end();
            }
        }
        return out;
    }

    Optional<DateMatch> find(String text) {
        List<DateMatch> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** A value that should be exactly one date (front matter, {@code datetime}); time parts are ignored. */
    Optional<DateMatch> parseValue(String value) {
        String v = value.trim();
        Optional<DateMatch> d = find(v);
        if (d.isPresent() && d.get().start() == 0) {
            return d;
        }
        return Optional.empty();
    }

    /** Template placeholders such as {@code <MM/DD/YYYY>}; never a date. */
    static Optional<String> findPlaceholder(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private interface Builder {
        DateMatch build(Matcher m);
    }

    private static void collect(Pattern p, String text, List<DateMatch> out, Builder b) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            DateMatch d = b.build(m);
            if (d != null) {
                out.add(d);
            }
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static DateMatch build(String yearText, int month, String dayText, Matcher m) {
        int year = Integer.parseInt(yearText);
        int day = Integer.parseInt(dayText);
        if (year < 1900 || year > 2199) {
            return null; // a four-digit number that is not a plausible page year
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null; // "13/45/2020" is not shaped like a date at all
            }
            date = null;
        }
        return new DateMatch(date, m.group(), m.start(), m.end());
    }
}
