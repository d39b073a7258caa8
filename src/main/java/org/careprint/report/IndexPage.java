package org.careprint.report;

import org.careprint.batch.Outputs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careprint.output.Figures;

/**
 * OUT/index.html: a self-contained catalogue for patients (handouts with PDF, audio player with captions,
 * downloads; booklets, see {@link BookletSection}) and a "Needs review" list for staff. Built only from report.json content, so merge can rebuild
 * it. No scripts, no external resources, relative links only, 20 px text with 1.5 line height, status in
 * words, every value HTML-escaped.
 */
public final class IndexPage {
    /** Outputs the page lays out itself; every other output is listed by its own link text. */
    private static final java.util.Set<String> STANDARD_ROLES = java.util.Set.of("pdf", "audio", "captions");
    public static final String FILE_NAME = "index.html";

    private static final String CSS = """
            :root { color-scheme: light; }
            html { font-size: 125%; }
            body { font-family: "Atkinson Hyperlegible", Verdana, Arial, sans-serif; line-height: 1.5;
              color: #1a1a1a; background: #ffffff; margin: 0; }
            header, main, footer { max-width: 44rem; margin: 0 auto; padding: 1rem 1.25rem; }
            h1 { font-size: 2rem; line-height: 1.25; margin: 0.5rem 0; }
            h2 { font-size: 1.6rem; line-height: 1.3; margin-top: 2rem; border-bottom: 3px solid #1a1a1a; }
            h3 { font-size: 1.3rem; line-height: 1.3; margin: 0 0 0.5rem; }
            h4 { font-size: 1.15rem; line-height: 1.3; margin: 1rem 0 0.25rem; }
            article { border: 2px solid #4a4a4a; border-radius: 6px; padding: 1rem 1.25rem; margin: 1.5rem 0; }
            a { color: #0a4a8f; text-decoration: underline; text-underline-offset: 0.15em; }
            a:focus, a:hover, audio:focus { outline: 3px solid #b35900; outline-offset: 3px; }
            .status { font-weight: bold; padding-left: 0.75rem; border-left: 6px solid #4a4a4a; }
            .status-current { border-left-color: #1d6b2f; }
            .status-due, .status-overdue, .status-unknown { border-left-color: #8a4b00; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0; }
            dt { font-weight: bold; }
            dd { margin: 0; }
            audio { width: 100%; margin: 0.5rem 0; }
            ul { padding-left: 1.5rem; }
            li { margin: 0.35rem 0; }
            footer { color: #3d3d3d; }
            """;

    private IndexPage() {
    }

    public static String render(JsonNode report) {
        String org = report.path("organization").isTextual() ? report.path("organization").asText() : null;
        String heading = org == null || org.isBlank() ? "Patient handouts" : "Patient handouts from " + org;
        List<JsonNode> built = new ArrayList<>();
        List<JsonNode> attention = new ArrayList<>();
        for (JsonNode d : report.path("documents")) {
            if (hasOutputs(d)) {
                built.add(d);
            }
            if (needsAttention(d)) {
                attention.add(d);
            }
        }
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(heading)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(esc(heading)).append("</h1>\n")
                .append("<p>Large-print handouts you can print, and audio editions you can listen to. ")
                .append("Each audio edition has captions and can be downloaded.</p>\n");
        if (PodcastFeed.wanted(report)) {
            h.append("<p><a href=\"").append(PodcastFeed.FILE_NAME).append("\">Subscribe to the audio editions in a ")
                    .append("podcast app (RSS feed)</a></p>\n");
        }
        h.append("</header>\n");
        h.append("<main>\n");
        // a folder holding only booklets has no handout cards and no per-handout review list
        boolean handouts = report.path("documents").size() > 0 || report.path(Booklets.KEY).isEmpty();
        if (handouts) {
            h.append("<h2 id=\"handouts\">Handouts</h2>\n");
            if (built.isEmpty()) {
                h.append("<p>No handouts have been built yet.</p>\n");
            }
            int i = 0;
            for (JsonNode d : built) {
                handout(h, d, ++i);
            }
        }
        BookletSection.render(h, report);
        if (handouts) {
            h.append("<section aria-labelledby=\"needs-review\">\n<h2 id=\"needs-review\">Needs review (for staff)</h2>\n");
            if (attention.isEmpty()) {
                h.append("<p>Every handout was built and is within its review cycle.</p>\n");
            } else {
                h.append("<ul>\n");
                for (JsonNode d : attention) {
                    h.append("<li>").append(attentionLine(d)).append("</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        h.append("</main>\n<footer>\n<p>Made with CarePrint ")
                .append(esc(report.path("version").asText())).append(".</p>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void handout(StringBuilder h, JsonNode d, int i) {
        String id = "doc-" + i;
        // a page that failed this run but keeps its earlier handout: show that handout's title and dates
        JsonNode card = d.path("notRebuilt").isObject() ? d.path("notRebuilt") : d;
        String title = titleOf(card, d);
        JsonNode pdf = d.path("outputs").path("pdf");
        JsonNode audio = d.path("outputs").path("audio");
        JsonNode captions = d.path("outputs").path("captions");
        h.append("<article aria-labelledby=\"").append(id).append("\">\n");
        h.append("<h3 id=\"").append(id).append("\">").append(esc(title)).append("</h3>\n");
        String status = card.path("reviewStatus").asText("unknown");
        h.append("<p class=\"status status-").append(esc(status)).append("\">").append(esc(statusWords(card)))
                .append("</p>\n");
        if (d.path("notRebuilt").isObject()) {
            h.append("<p>This is the earlier edition: not rebuilt (see report).</p>\n");
        }
        h.append("<dl>\n");
        dateRow(h, "Last reviewed", card.path("reviewed"));
        dateRow(h, "Last updated", card.path("updated"));
        dateRow(h, "Next review due", card.path("nextReview"));
        h.append("</dl>\n");
        if (audio.isObject()) {
            String mime = audio.path("path").asText().endsWith(".wav") ? "audio/wav" : "audio/mpeg";
            h.append("<p>Listen to the audio edition (").append(esc(Figures.duration(audio.path("durationSeconds").asDouble())))
                    .append("):</p>\n");
            h.append("<audio controls preload=\"none\">\n<source src=\"").append(esc(audio.path("path").asText()))
                    .append("\" type=\"").append(mime).append("\">\n");
            if (captions.isObject()) {
                h.append("<track kind=\"captions\" src=\"").append(esc(captions.path("path").asText()))
                        .append("\" srclang=\"en\" label=\"English\">\n");
            }
            h.append("Your browser cannot play this audio here. Use the download link below.\n</audio>\n");
        }
        h.append("<ul>\n");
        if (pdf.isObject()) {
            int pages = pdf.path("pages").asInt();
            h.append("<li><a href=\"").append(esc(pdf.path("path").asText())).append("\">")
                    .append("Large-print handout: ").append(esc(title)).append(" (PDF, ")
                    .append(Figures.plural(pages, "page")).append(", ").append(size(pdf.path("bytes").asLong()))
                    .append(")</a></li>\n");
        }
        if (audio.isObject()) {
            String kind = audio.path("path").asText().endsWith(".wav") ? "WAV" : "MP3";
            h.append("<li><a href=\"").append(esc(audio.path("path").asText())).append("\" download>")
                    .append("Download the audio edition: ").append(esc(title)).append(" (").append(kind).append(", ")
                    .append(size(audio.path("bytes").asLong())).append(")</a></li>\n");
        }
        if (captions.isObject()) {
            h.append("<li><a href=\"").append(esc(captions.path("path").asText())).append("\" download>")
                    .append("Download the captions: ").append(esc(title)).append(" (WebVTT text, ")
                    .append(size(captions.path("bytes").asLong())).append(")</a></li>\n");
        }
        // Any other output lists itself with the link text it gave (a transcript, an e-book, ...).
        d.path("outputs").fields().forEachRemaining(e -> {
            JsonNode f = e.getValue();
            if (!STANDARD_ROLES.contains(e.getKey()) && f.isObject() && f.path("label").isTextual()) {
                h.append("<li><a href=\"").append(esc(f.path("path").asText())).append("\" download>")
                        .append(esc(f.path("label").asText())).append(": ").append(esc(title)).append(" (")
                        .append(size(f.path("bytes").asLong())).append(")</a></li>\n");
            }
        });
        h.append("</ul>\n</article>\n");
    }

    private static void dateRow(StringBuilder h, String label, JsonNode iso) {
        h.append("<dt>").append(label).append("</dt><dd>");
        if (iso.isTextual()) {
            h.append("<time datetime=\"").append(esc(iso.asText())).append("\">").append(esc(longDate(iso.asText())))
                    .append("</time>");
        } else {
            h.append("Not known");
        }
        h.append("</dd>\n");
    }

    static String statusWords(JsonNode d) {
        switch (d.path("reviewStatus").asText("unknown")) {
            case "current":
                return "Reviewed by medical staff and up to date.";
            case "due":
                return "Due for its regular review soon. It is still safe to use; ask your care team about anything unclear.";
            case "overdue":
                return "Overdue for review. Some details may have changed; please check with your care team.";
            default:
                return "Review date not known. Please check with your care team.";
        }
    }

    private static boolean hasOutputs(JsonNode d) {
        JsonNode out = d.path("outputs");
        return out.path("pdf").isObject() || out.path("audio").isObject();
    }

    private static boolean needsAttention(JsonNode d) {
        String s = d.path("reviewStatus").asText("");
        return "error".equals(d.path("status").asText()) || s.equals("overdue") || s.equals("due")
                || s.equals("unknown") || s.isEmpty() || undefinedTerms(d) > 0;
    }

    private static String attentionLine(JsonNode d) {
        StringBuilder sb = new StringBuilder();
        sb.append("<strong>").append(esc(titleOf(d))).append("</strong>");
        if (!d.path("title").asText("").isBlank()) {
            sb.append(" (").append(esc(d.path("source").asText())).append(")");
        }
        sb.append(": ");
        List<String> notes = new ArrayList<>();
        if ("error".equals(d.path("status").asText())) {
            String first = "";
            for (JsonNode f : d.path("findings")) {
                if ("error".equals(f.path("severity").asText())) {
                    first = f.path("message").asText();
                    break;
                }
            }
            notes.add("could not be built. " + first
                    + (d.path("notRebuilt").isObject() ? " The earlier handout is still listed, not rebuilt." : ""));
        }
        switch (d.path("reviewStatus").asText("")) {
            case "overdue" -> notes.add("review overdue since " + longDate(d.path("nextReview").asText()) + ".");
            case "due" -> notes.add("review due by " + longDate(d.path("nextReview").asText()) + ".");
            case "unknown" -> notes.add("no review date on the page.");
            default -> { }
        }
        int undefined = undefinedTerms(d);
        if (undefined > 0) {
            notes.add(undefined + (undefined == 1 ? " marked term has" : " marked terms have")
                    + " no definition and are left out of \u201cWords to know\u201d (see report.json).");
        }
        sb.append(esc(String.join(" ", notes).trim()));
        return sb.toString();
    }

    private static int undefinedTerms(JsonNode d) {
        int n = 0;
        for (JsonNode t : d.path("terms")) {
            if (!t.path("defined").asBoolean(true)) {
                n++;
            }
        }
        return n;
    }

    private static String titleOf(JsonNode d) {
        return titleOf(d, d);
    }

    private static String titleOf(JsonNode card, JsonNode d) {
        String t = card.path("title").asText("");
        if (t.isBlank()) {
            t = d.path("title").asText("");
        }
        return t.isBlank() ? d.path("source").asText() : t;
    }

    static String longDate(String iso) {
        try {
            return org.careprint.review.ReviewWording.longDate(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Escaped for markup by the one XML-family escaper ({@link org.careprint.model.Markup}). */
    public static String esc(String s) {
        return org.careprint.model.Markup.xml(HtmlText.stripControls(s));
    }
}
