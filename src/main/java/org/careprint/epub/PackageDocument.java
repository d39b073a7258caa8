package org.careprint.epub;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.careprint.model.Markup;
import org.careprint.model.ReviewInfo;

/**
 * The package document (OPF): identity, title, language, organization, dates and review metadata (schema.org
 * {@code lastReviewed}/{@code reviewedBy}/{@code dateModified}, the reviewer as a {@code dc:contributor} with the
 * MARC role "rev", the valid period up to the next review as {@code dcterms:valid}), EPUB Accessibility 1.1
 * metadata, the media overlay's duration, the manifest and the one-document spine.
 */
final class PackageDocument {
    static final String FILE = "package.opf";
    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    /** What the package describes besides the content document. */
    record Facts(String name, String organization, ReviewInfo review, long creationEpoch, String audioHref,
                 double audioSeconds, boolean pageList) {
    }

    private PackageDocument() {
    }

    static String write(ContentDocument content, Facts f) {
        StringBuilder m = new StringBuilder();
        String id = "urn:uuid:" + UUID.nameUUIDFromBytes(("careprint epub " + f.name() + "\n" + content.title())
                .getBytes(StandardCharsets.UTF_8));
        m.append("<dc:identifier id=\"pub-id\">").append(id).append("</dc:identifier>\n");
        m.append("<dc:title>").append(Markup.xml(content.title())).append("</dc:title>\n");
        m.append("<dc:language>").append(Markup.xml(content.language())).append("</dc:language>\n");
        if (f.organization() != null && !f.organization().isBlank()) {
            m.append("<dc:publisher>").append(Markup.xml(f.organization().strip())).append("</dc:publisher>\n");
        }
        ReviewInfo r = f.review();
        LocalDate date = r == null ? null : r.updated() != null ? r.updated() : r.reviewed();
        if (date != null) {
            m.append("<dc:date>").append(date).append("</dc:date>\n");
        }
        if (r != null && r.reviewer() != null && !r.reviewer().isBlank()) {
            m.append("<dc:contributor id=\"reviewer\">").append(Markup.xml(r.reviewer().strip())).append("</dc:contributor>\n")
                    .append("<meta refines=\"#reviewer\" property=\"role\" scheme=\"marc:relators\">rev</meta>\n")
                    .append(meta("schema:reviewedBy", r.reviewer().strip()));
        }
        if (r != null && r.reviewed() != null) {
            m.append(meta("schema:lastReviewed", r.reviewed().toString()));
        }
        if (r != null && r.updated() != null) {
            m.append(meta("schema:dateModified", r.updated().toString()));
        }
        if (r != null && r.reviewed() != null && r.nextReview() != null) {
            m.append(meta("dcterms:valid", "start=" + r.reviewed() + "; end=" + r.nextReview() + "; scheme=W3C-DTF;"));
        }
        String modified = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
                .format(Instant.ofEpochSecond(Math.max(0, f.creationEpoch())).atOffset(ZoneOffset.UTC));
        m.append(meta("dcterms:modified", modified));
        accessibility(m, f);
        String duration = SmilWriter.clock(Math.round(f.audioSeconds() * 1000));
        m.append(meta("media:duration", duration));
        m.append("<meta property=\"media:duration\" refines=\"#overlay\">").append(duration).append("</meta>\n");
        m.append(meta("media:active-class", "-epub-media-overlay-active"));

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\""
                + Markup.xml(content.language()) + "\" prefix=\"a11y: http://www.idpf.org/epub/vocab/package/a11y/#\">\n"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n" + m + "</metadata>\n<manifest>\n"
                + "<item id=\"nav\" href=\"" + NavDocument.FILE + "\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                + "<item id=\"content\" href=\"" + ContentDocument.FILE
                + "\" media-type=\"application/xhtml+xml\" media-overlay=\"overlay\"/>\n"
                + "<item id=\"overlay\" href=\"" + SmilWriter.FILE + "\" media-type=\"application/smil+xml\"/>\n"
                + "<item id=\"audio\" href=\"" + Markup.xml(f.audioHref()) + "\" media-type=\"audio/mpeg\"/>\n"
                + "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n"
                + "<item id=\"font-regular\" href=\"" + EpubBook.FONT_REGULAR + "\" media-type=\"font/ttf\"/>\n"
                + "<item id=\"font-bold\" href=\"" + EpubBook.FONT_BOLD + "\" media-type=\"font/ttf\"/>\n"
                + "</manifest>\n<spine>\n<itemref idref=\"content\"/>\n<itemref idref=\"nav\" linear=\"no\"/>\n</spine>\n</package>\n";
    }

    private static void accessibility(StringBuilder m, Facts f) {
        for (String mode : List.of("textual", "auditory")) {
            m.append(meta("schema:accessMode", mode));
        }
        for (String sufficient : List.of("textual", "auditory", "textual,auditory")) {
            m.append(meta("schema:accessModeSufficient", sufficient));
        }
        List<String> features = new java.util.ArrayList<>(List.of("synchronizedAudioText", "tableOfContents",
                "readingOrder", "structuralNavigation", "displayTransformability", "largePrint"));
        if (f.pageList()) {
            features.add("printPageNumbers");
        }
        for (String feature : features) {
            m.append(meta("schema:accessibilityFeature", feature));
        }
        m.append(meta("schema:accessibilityHazard", "none"));
        m.append(meta("schema:accessibilitySummary", "A large-print patient handout with the same words as the printed"
                + " handout, read aloud: each sentence is highlighted as it is spoken (media overlays). Headings, lists"
                + " and tables are marked up, pictures are described in words, and \"Words to know\" is a glossary linked"
                + " from the first use of each term and back."
                + (f.pageList() ? " The page list goes to the pages of the printed handout." : "")
                + " The review dates are at the start."));
        m.append(meta("dcterms:conformsTo", CONFORMS_TO));
    }

    private static String meta(String property, String value) {
        return "<meta property=\"" + property + "\">" + Markup.xml(value) + "</meta>\n";
    }
}
