package org.careprint.report;

import static org.careprint.report.IndexPage.esc;

import com.fasterxml.jackson.databind.JsonNode;
import org.careprint.output.Figures;

/**
 * The index page's "Booklets" section, from report.json's {@code booklets} alone: per booklet a card with the
 * download link (pages and size), the audio companion's player and downloads, the contents with start pages, and
 * for staff the handouts overdue for review. Same conventions as the handout cards: headings in order (h2, h3,
 * h4), every value escaped, relative links, status in words.
 */
final class BookletSection {
    private BookletSection() {
    }

    static void render(StringBuilder h, JsonNode report) {
        JsonNode booklets = report.path(Booklets.KEY);
        if (!booklets.isArray() || booklets.isEmpty()) {
            return;
        }
        h.append("<section aria-labelledby=\"booklets\">\n<h2 id=\"booklets\">Booklets</h2>\n")
                .append("<p>Many handouts in one large-print book, to print on both sides of the paper: each handout")
                .append(" starts on a right-hand page, so it can be taken out and given on its own.</p>\n");
        int i = 0;
        for (JsonNode b : booklets) {
            booklet(h, b, ++i);
        }
        h.append("</section>\n");
    }

    private static void booklet(StringBuilder h, JsonNode b, int i) {
        String id = "booklet-" + i;
        String title = b.path("title").asText("").isBlank() ? b.path("path").asText() : b.path("title").asText();
        JsonNode handouts = b.path("handouts");
        JsonNode audio = b.path("audio");
        JsonNode captions = b.path("captions");
        h.append("<article aria-labelledby=\"").append(id).append("\">\n<h3 id=\"").append(id).append("\">")
                .append(esc(title)).append("</h3>\n<p>").append(Figures.plural(handouts.size(), "handout"));
        if (b.path("printed").isTextual()) {
            h.append(", printed <time datetime=\"").append(esc(b.path("printed").asText())).append("\">")
                    .append(esc(IndexPage.longDate(b.path("printed").asText()))).append("</time>");
        }
        h.append(".</p>\n");
        if (audio.isObject()) {
            h.append("<p>Listen to the audio companion (")
                    .append(esc(Figures.duration(audio.path("durationSeconds").asDouble())))
                    .append(", a chapter for each handout and each of its sections):</p>\n")
                    .append("<audio controls preload=\"none\">\n<source src=\"").append(esc(audio.path("path").asText()))
                    .append("\" type=\"audio/mpeg\">\n");
            if (captions.isObject()) {
                h.append("<track kind=\"captions\" src=\"").append(esc(captions.path("path").asText()))
                        .append("\" srclang=\"en\" label=\"English\">\n");
            }
            h.append("Your browser cannot play this audio here. Use the download link below.\n</audio>\n");
        }
        h.append("<ul>\n<li><a href=\"").append(esc(b.path("path").asText())).append("\">Large-print booklet: ")
                .append(esc(title)).append(" (PDF, ").append(Figures.plural(b.path("pages").asInt(), "page"))
                .append(", ").append(IndexPage.size(b.path("bytes").asLong())).append(")</a></li>\n");
        if (audio.isObject()) {
            h.append("<li><a href=\"").append(esc(audio.path("path").asText())).append("\" download>")
                    .append("Download the audio companion: ").append(esc(title)).append(" (MP3, ")
                    .append(IndexPage.size(audio.path("bytes").asLong())).append(")</a></li>\n");
        }
        if (captions.isObject()) {
            h.append("<li><a href=\"").append(esc(captions.path("path").asText())).append("\" download>")
                    .append("Download the captions: ").append(esc(title)).append(" (WebVTT text, ")
                    .append(IndexPage.size(captions.path("bytes").asLong())).append(")</a></li>\n");
        }
        h.append("</ul>\n<h4 id=\"").append(id).append("-contents\">In this booklet</h4>\n<ol>\n");
        for (JsonNode d : handouts) {
            h.append("<li>").append(esc(d.path("title").asText())).append(", page ").append(d.path("startPage").asInt())
                    .append("</li>\n");
        }
        h.append("</ol>\n<h4 id=\"").append(id).append("-review\">Review before distributing (for staff)</h4>\n");
        JsonNode staff = b.path("needsReview");
        if (staff.isEmpty()) {
            h.append("<p>Every handout in this booklet is within its review cycle or has no review date.</p>\n");
        } else {
            h.append("<p>").append(staff.size() == 1 ? "This handout is" : "These " + staff.size() + " handouts are")
                    .append(" past the date of their next medical review. Have them reviewed, or take them out,")
                    .append(" before giving the booklet to patients.</p>\n<ul>\n");
            for (JsonNode d : staff) {
                h.append("<li><strong>").append(esc(d.path("title").asText())).append("</strong> (page ")
                        .append(d.path("startPage").asInt()).append("): ")
                        .append(d.path("nextReview").isTextual()
                                ? "review was due " + esc(IndexPage.longDate(d.path("nextReview").asText()))
                                : "review date passed")
                        .append(".</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</article>\n");
    }
}
