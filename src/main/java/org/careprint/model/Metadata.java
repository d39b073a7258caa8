package org.careprint.model;

import java.time.LocalDate;

/**
 * What a page says about itself. Nullable fields mean "the page does not say".
 *
 * @param title           page title, deduplicated ("Bone Metastases Bone Metastases" becomes "Bone Metastases")
 * @param language        BCP 47 tag such as "en-US"; never null (readers default to "en-US")
 * @param reviewed        date of the last medical review, or null
 * @param reviewer        reviewer's name; null when no reviewer line exists, "" when the line is there but empty
 * @param updated         date of the last update, or null
 * @param reviewFrequency the page's own review cycle as written in front matter ("quarterly", "2y"), or null
 * @param source          the input's path as given by the user, used in messages and reports
 * @param reviewedLine    source line of the review date (0 = unknown)
 * @param updatedLine     source line of the update date (0 = unknown)
 * @param organization    the site or publisher the page names in its masthead ("National Cancer Institute"), or
 *                        null; metadata only, never a heading (the run's --org is what handouts print)
 */
public record Metadata(
        String title,
        String language,
        LocalDate reviewed,
        String reviewer,
        LocalDate updated,
        String reviewFrequency,
        String source,
        int reviewedLine,
        int updatedLine,
        String organization) {

    public static final String DEFAULT_LANGUAGE = "en-US";

    public Metadata {
        if (title == null) {
            title = "";
        }
        if (language == null || language.isBlank()) {
            language = DEFAULT_LANGUAGE;
        }
        if (source == null) {
            source = "";
        }
    }

    /** Metadata without a page organization (the form every caller used before it existed). */
    public Metadata(String title, String language, LocalDate reviewed, String reviewer, LocalDate updated,
                    String reviewFrequency, String source, int reviewedLine, int updatedLine) {
        this(title, language, reviewed, reviewer, updated, reviewFrequency, source, reviewedLine, updatedLine, null);
    }

    public static Metadata untitled(String source) {
        return new Metadata("", DEFAULT_LANGUAGE, null, null, null, null, source, 0, 0);
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, language, reviewed, reviewer, updated, reviewFrequency, source, reviewedLine, updatedLine,
                organization);
    }

    public Metadata withReviewFrequency(String frequency) {
        return new Metadata(title, language, reviewed, reviewer, updated, frequency, source, reviewedLine, updatedLine,
                organization);
    }

    public Metadata withOrganization(String newOrganization) {
        return new Metadata(title, language, reviewed, reviewer, updated, reviewFrequency, source, reviewedLine,
                updatedLine, newOrganization);
    }
}
