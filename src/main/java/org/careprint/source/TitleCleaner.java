package org.careprint.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans a scraped title: removes site cruft glued to it and collapses a repeated title to one copy. */
final class TitleCleaner {
    private static final Pattern REPEATED = Pattern.compile("^(.+?)\\s*\\1$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GLUED_CRUFT = Pattern.compile(
            "(?i)(send to printer|print this page|log ?in|sign ?in|skip to (main )?content|"
                    + "your browser is out of date)");
    /** Share/print/email buttons glued to the end of a title: "Bone MetastasesShare". Capitalized only. */
    private static final Pattern GLUED_BUTTON = Pattern.compile("(?<=[\\p{Ll}\\p{N})])(Share|Print|E-?mail)(\\s*(Share|Print|E-?mail))*$");

    private TitleCleaner() {
    }

    static String clean(String raw) {
        // titles are short; a huge first line is not worth quadratic clean-up
        String title = TextCleaner.collapse(raw.length() > 1000 ? raw.substring(0, 1000) : raw);
        title = title.replace(InfoIconMarkers.MARKER, "");
        // cruft glued at either end: "Log inBone Metastases", "Bone MetastasesSend to Printer"
        for (int i = 0; i < 3; i++) {
            Matcher m = GLUED_CRUFT.matcher(title);
            if (m.lookingAt() && m.end() < title.length()
                    && (Character.isUpperCase(title.charAt(m.end())) || title.charAt(m.end()) == ' ')) {
                title = title.substring(m.end()).trim();
                continue;
            }
            String stripped = stripTrailingCruft(title);
            if (stripped.equals(title)) {
                break;
            }
            title = stripped;
        }
        title = GLUED_BUTTON.matcher(title).replaceFirst("").trim();
        title = title.replaceAll("^[#|>•\\-–—\\s]+|[|>\\-–—\\s]+$", "");
        title = withoutOrganizationSuffix(title);
        Matcher rep = REPEATED.matcher(title);
        if (title.length() <= 300 && rep.matches() && rep.group(1).length() >= 3) {
            title = rep.group(1).trim();
        }
        return title;
    }

    private static String stripTrailingCruft(String title) {
        Matcher m = GLUED_CRUFT.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0 && lastEnd == title.length()) {
            return title.substring(0, lastStart).trim();
        }
        return title;
    }

    /** " - NCI", " – National Cancer Institute", " | MedlinePlus": an organization or acronym after a spaced dash. */
    private static final Pattern ORG_SUFFIX = Pattern.compile("\\s+[-–—|]\\s+([^-–—|]{2,80})$");

    /** Removes a trailing " - NCI" / " - Organization name" / " - site.gov" from a title. */
    static String withoutOrganizationSuffix(String title) {
        Matcher m = ORG_SUFFIX.matcher(title);
        if (m.find() && m.start() >= 3) {
            String tail = m.group(1).trim();
            if (tail.matches("[A-Z]{2,6}") || Chrome.isOrganization(tail)) {
                return title.substring(0, m.start()).trim();
            }
        }
        return title;
    }

    /**
     * The words of a title with its site and version tails left out, for telling whether a heading repeats
     * the title: "X - NCI", "X (PDQ®)–Patient Version" and "X" all give "x".
     */
    static String key(String text) {
        String t = withoutOrganizationSuffix(TextCleaner.collapse(text));
        t = t.replaceAll("(?i)\\s*[-–—]?\\s*(health professional|patient) version$", "");
        t = t.replaceAll("(?i)\\(\\s*pdq\\s*[®™]?\\s*\\)", "");
        return t.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Removes a " | Site name" suffix from an HTML {@code <title>}. */
    static String withoutSiteSuffix(String title) {
        int bar = title.indexOf(" | ");
        return bar > 0 ? title.substring(0, bar).trim() : title;
    }
}
