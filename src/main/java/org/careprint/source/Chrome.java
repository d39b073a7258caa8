package org.careprint.source;

import java.util.regex.Pattern;

/**
 * Site chrome that scraping leaves above a page's content: mastheads naming the organization ("National
 * Cancer Institute", "U.S. National Institutes of Health"), navigation labels ("Primary Navigation for the
 * … Web Site", "Main Menu", "Search"). None of it is ever a title or a heading; an organization name
 * becomes {@code Metadata.organization}.
 */
final class Chrome {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A line that IS an organization's name: ends with the kind of body it is. */
    private static final Pattern ORGANIZATION = Pattern.compile(
            "(?:the\\s+)?(?:u\\.\\s?s\\.|us|united states)?\\s*[\\p{L}&'’.,\\- ]{0,80}?\\b(?:institutes? of health|institute"
                    + "|society|foundation|association|agency|administration|prevention|human services|library of medicine"
                    + "|organization|council|alliance|coalition|department of [\\p{L} &,]{3,60})"
                    + "(?:\\s*[|·•\\-–—]\\s*(?:www\\.)?[\\w.\\-]+\\.(?:gov|org|com|edu))?", CI);
    /** A masthead that is a site's name or domain: "MedlinePlus", "USA.gov", "Example Health". */
    private static final Pattern SITE_NAME = Pattern.compile(
            "(?:www\\.)?[\\w\\-]+(?:\\.[\\w\\-]+)*\\.(?:gov|org|com|edu)|medlineplus|trusted health information for you", CI);
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?:(?:primary|main|site|global|secondary|section|local|utility|top|mobile|page)\\s+)?(?:navigation|nav|menu)"
                    + "(?:\\s+(?:for|of)\\s+.{1,60})?|(?:toggle|open|close) (?:navigation|menu)|search(?: (?:this site|the site"
                    + "|the [\\w.]{2,20}|[\\w.]{2,20}\\.gov))?|a-?z index|a to z (?:index|list)|site ?map|(?:[\\w.]{2,20} )?home(?: page)?"
                    + "|browse(?: topics)?|(?:health )?topics|page options", CI);

    private Chrome() {
    }

    /** The whole line is an organization's name (or its masthead with the site's domain). */
    static boolean isOrganization(String line) {
        String t = TextCleaner.collapse(line);
        if (t.isEmpty() || t.length() > 90 || HeadingRules.words(t).length > 10 || ".?!:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        if (ORGANIZATION.matcher(t).matches() && HeadingRules.isTitleCase(t.replaceAll("[|·•].*$", ""))) {
            return true;
        }
        return SITE_NAME.matcher(t).matches();
    }

    /** A navigation label or menu entry point. */
    static boolean isNavigationLabel(String line) {
        String t = TextCleaner.collapse(line).replaceAll("[|.:]+$", "").trim();
        return !t.isEmpty() && t.length() <= 90 && NAVIGATION.matcher(t).matches();
    }

    /** The organization's name without a trailing "| www.site.gov". */
    static String organizationName(String line) {
        return TextCleaner.collapse(line).replaceAll("\\s*[|·•\\-–—]\\s*(?:www\\.)?[\\w.\\-]+\\.(?:gov|org|com|edu)$", "").trim();
    }
}
