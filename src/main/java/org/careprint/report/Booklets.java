package org.careprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careprint.batch.OutputFile;
import org.careprint.booklet.BookletHandout;
import org.careprint.booklet.BookletResult;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/**
 * The {@code booklets} array of report.json: one entry per booklet written into the folder (path, bytes, pages,
 * title, each handout with its start page and review status, the staff list of handouts overdue for review, and
 * the audio companion), sorted by path. {@code careprint booklet} adds or replaces its entry; {@code build} and
 * {@code merge} carry the entries over, so the index page, rebuilt from report.json alone, keeps listing them.
 */
public final class Booklets {
    public static final String KEY = "booklets";

    private Booklets() {
    }

    /**
     * A booklet's entry.
     *
     * @param path     the PDF, relative to the report's folder
     * @param handouts the handouts in book order (the result's chapters are in the same order)
     * @param audio    the audio companion (role "audio"), or null; {@code captions} likewise
     */
    public static ObjectNode entry(String path, long bytes, String title, LocalDate printed, BookletResult result,
                                   List<BookletHandout> handouts, OutputFile audio, OutputFile captions) {
        ObjectNode n = ReportJson.MAPPER.createObjectNode();
        n.put("path", path);
        n.put("bytes", bytes);
        n.put("title", title);
        n.put("printed", printed == null ? null : printed.toString());
        n.put("pages", result.pages());
        n.put("blankPages", result.blankPages());
        n.put("contentsPage", result.contentsPage());
        n.put("reviewPage", result.reviewPage());
        n.put("glossaryPage", result.glossaryPage());
        ArrayNode list = n.putArray("handouts");
        ArrayNode staff = ReportJson.MAPPER.createArrayNode();
        for (int i = 0; i < result.chapters().size(); i++) {
            BookletResult.ChapterPlace c = result.chapters().get(i);
            ReviewInfo r = handouts.get(i).review();
            ObjectNode h = list.addObject();
            h.put("source", c.source());
            h.put("title", c.title());
            h.put("startPage", c.start());
            h.put("pages", c.pages());
            h.put("reviewStatus", c.reviewStatus());
            h.put("reviewed", r == null || r.reviewed() == null ? null : r.reviewed().toString());
            h.put("nextReview", r == null || r.nextReview() == null ? null : r.nextReview().toString());
            if (r != null && r.status() == ReviewStatus.OVERDUE) {
                staff.add(h.deepCopy());
            }
        }
        n.set("needsReview", staff); // listed whether or not the book prints its staff page (--no-review-page)
        file(n, "audio", audio);
        file(n, "captions", captions);
        return n;
    }

    private static void file(ObjectNode parent, String key, OutputFile f) {
        if (f == null) {
            parent.putNull(key);
        } else {
            ReportJson.output(parent, key, f);
        }
    }

    /** {@code entries} with {@code entry} added, or put in place of the entry with the same path; sorted by path. */
    public static List<ObjectNode> with(List<ObjectNode> entries, ObjectNode entry) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode e : entries) {
            if (!e.path("path").asText().equals(entry.path("path").asText())) {
                out.add(e);
            }
        }
        out.add(entry);
        return sorted(out);
    }

    static List<ObjectNode> sorted(List<ObjectNode> entries) {
        return entries.stream().sorted(Comparator.comparing(e -> e.path("path").asText())).toList();
    }

    /** The booklet entries of a report (none when it has no {@code booklets} array). */
    public static List<ObjectNode> of(JsonNode report) {
        List<ObjectNode> out = new ArrayList<>();
        if (report != null) {
            for (JsonNode b : report.path(KEY)) {
                if (b.isObject() && b.path("path").isTextual()) {
                    out.add((ObjectNode) b.deepCopy());
                }
            }
        }
        return out;
    }

    /** The entry's file objects, each with {@code path} and {@code bytes}: itself (the PDF), audio, captions. */
    static List<ObjectNode> fileNodes(ObjectNode entry) {
        List<ObjectNode> nodes = new ArrayList<>(List.of(entry));
        for (String key : List.of("audio", "captions")) {
            if (entry.path(key) instanceof ObjectNode o && o.path("path").isTextual()) {
                nodes.add(o);
            }
        }
        return nodes;
    }

    /**
     * The booklets of the report in {@code dir} whose files are all still there as plain files (a booklet that
     * was deleted drops out); none when there is no readable report. For {@code build}, which rewrites the report.
     */
    public static List<ObjectNode> kept(Path dir) {
        List<ObjectNode> kept = new ArrayList<>();
        for (ObjectNode b : of(read(dir))) {
            if (fileNodes(b).stream().map(f -> f.path("path").asText())
                    .allMatch(f -> safe(f) && Files.isRegularFile(dir.resolve(f), LinkOption.NOFOLLOW_LINKS))) {
                kept.add(b);
            }
        }
        return sorted(kept);
    }

    /** A file name the report may name: in the folder itself, no separators, no parent. */
    static boolean safe(String name) {
        return !name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.equals("..") && !name.equals(".")
                && name.chars().noneMatch(c -> c < 0x20);
    }

    /**
     * The CarePrint report in {@code dir}; null when there is none, it is a symbolic link, or it is not a
     * CarePrint report (unreadable JSON or no {@code documents} array).
     */
    public static JsonNode read(Path dir) {
        Path file = dir.resolve(RunReport.FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            JsonNode report = ReportJson.MAPPER.readTree(in);
            return report != null && "careprint".equals(report.path("tool").asText())
                    && report.path("documents").isArray() ? report : null;
        } catch (IOException e) {
            return null;
        }
    }
}
