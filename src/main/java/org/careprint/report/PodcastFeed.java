package org.careprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.careprint.model.Markup;
import org.careprint.review.ReviewWording;

/**
 * OUT/feed.xml (with --audio-url BASE): an RSS 2.0 podcast feed with one item per audio edition, written from
 * report.json alone like the index page. Each item has its enclosure (address, length in bytes, type), its duration,
 * a publication date (the handout's updated date, else its review date — never the clock, so the feed is
 * reproducible), the review dates in its description, and the Podcasting 2.0 chapters file and WebVTT transcript.
 */
public final class PodcastFeed {
    public static final String FILE_NAME = "feed.xml";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'",
            Locale.US);

    private PodcastFeed() {
    }

    /** True when a build with these outputs should write a feed: an --audio-url and at least one audio edition. */
    public static boolean wanted(JsonNode report) {
        if (!report.path("audioUrl").isTextual()) {
            return false;
        }
        for (JsonNode d : report.path("documents")) {
            if (d.path("outputs").path("audio").isObject()) {
                return true;
            }
        }
        return false;
    }

    public static String render(JsonNode report) {
        String base = report.path("audioUrl").asText().replaceAll("/+$", "");
        String org = report.path("organization").isTextual() ? report.path("organization").asText() : null;
        String title = org == null || org.isBlank() ? "Patient handouts (audio)" : "Patient handouts from " + org + " (audio)";
        StringBuilder items = new StringBuilder();
        LocalDate latest = null;
        for (JsonNode d : report.path("documents")) {
            JsonNode audio = d.path("outputs").path("audio");
            if (!audio.isObject()) {
                continue;
            }
            LocalDate date = date(d.path("updated"));
            date = date != null ? date : date(d.path("reviewed"));
            latest = date != null && (latest == null || date.isAfter(latest)) ? date : latest;
            item(items, d, base, date);
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" ")
                .append("xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" ")
                .append("xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n<channel>\n");
        sb.append("<title>").append(Markup.xml(title)).append("</title>\n");
        sb.append("<link>").append(Markup.xml(base + "/")).append("</link>\n");
        sb.append("<atom:link href=\"").append(Markup.xml(base + "/" + FILE_NAME))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        sb.append("<description>Audio editions of large-print patient handouts. Each one says when the handout was last")
                .append(" medically reviewed and when its next review is due.</description>\n");
        sb.append("<language>en-us</language>\n");
        if (latest != null) {
            sb.append("<pubDate>").append(rfc822(latest)).append("</pubDate>\n");
        }
        if (org != null && !org.isBlank()) {
            sb.append("<itunes:author>").append(Markup.xml(org)).append("</itunes:author>\n");
        }
        sb.append("<generator>CarePrint ").append(Markup.xml(report.path("version").asText())).append("</generator>\n");
        return sb.append(items).append("</channel>\n</rss>\n").toString();
    }

    private static void item(StringBuilder sb, JsonNode d, String base, LocalDate date) {
        JsonNode audio = d.path("outputs").path("audio");
        String path = audio.path("path").asText();
        String url = base + "/" + encode(path);
        String title = d.path("title").asText("").isBlank() ? d.path("name").asText() : d.path("title").asText();
        sb.append("<item>\n<title>").append(Markup.xml(title)).append("</title>\n");
        sb.append("<description>").append(Markup.xml(description(d))).append("</description>\n");
        sb.append("<enclosure url=\"").append(Markup.xml(url)).append("\" length=\"").append(audio.path("bytes").asLong())
                .append("\" type=\"").append(path.endsWith(".wav") ? "audio/wav" : "audio/mpeg").append("\"/>\n");
        sb.append("<guid isPermaLink=\"false\">").append(Markup.xml(url)).append("</guid>\n");
        if (date != null) {
            sb.append("<pubDate>").append(rfc822(date)).append("</pubDate>\n");
        }
        sb.append("<itunes:duration>").append(Math.round(audio.path("durationSeconds").asDouble()))
                .append("</itunes:duration>\n");
        JsonNode chapters = d.path("outputs").path("chapters");
        if (chapters.isObject()) {
            sb.append("<podcast:chapters url=\"").append(Markup.xml(base + "/" + encode(chapters.path("path").asText())))
                    .append("\" type=\"application/json+chapters\"/>\n");
        }
        JsonNode captions = d.path("outputs").path("captions");
        if (captions.isObject()) {
            sb.append("<podcast:transcript url=\"").append(Markup.xml(base + "/" + encode(captions.path("path").asText())))
                    .append("\" type=\"text/vtt\" language=\"en\" rel=\"captions\"/>\n");
        }
        sb.append("</item>\n");
    }

    /** "Medically reviewed on …. Last updated …. Next review due …." */
    static String description(JsonNode d) {
        LocalDate reviewed = date(d.path("reviewed"));
        LocalDate updated = date(d.path("updated"));
        LocalDate next = date(d.path("nextReview"));
        StringBuilder sb = new StringBuilder(reviewed == null ? "Review date not known."
                : "Medically reviewed on " + ReviewWording.longDate(reviewed) + ".");
        if (updated != null) {
            sb.append(" Last updated ").append(ReviewWording.longDate(updated)).append('.');
        }
        if (next != null) {
            sb.append(" Next review due ").append(ReviewWording.longDate(next)).append('.');
        }
        return sb.toString();
    }

    private static LocalDate date(JsonNode iso) {
        return iso.isTextual() && !iso.asText().isBlank() ? LocalDate.parse(iso.asText()) : null;
    }

    private static String rfc822(LocalDate date) {
        return RFC_822.format(date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
