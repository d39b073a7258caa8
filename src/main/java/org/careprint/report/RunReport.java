package org.careprint.report;

import org.careprint.batch.SkippedInput;
import org.careprint.batch.ToolVersion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.careprint.output.Figures;

/**
 * Assembles report.json from document entries: run totals are always computed from the entries, so a
 * merged report of shards equals the report of one run over the whole library.
 */
public final class RunReport {
    public static final String FILE_NAME = "report.json";
    public static final int FORMAT = 1;

    private RunReport() {
    }

    public static ObjectNode build(String organization, List<ObjectNode> documents, List<ObjectNode> skipped,
                                   ObjectNode thisRun) {
        return build(organization, documents, List.of(), skipped, thisRun);
    }

    /** With the folder's booklets ({@link Booklets}), listed after the documents. */
    public static ObjectNode build(String organization, List<ObjectNode> documents, List<ObjectNode> booklets,
                                   List<ObjectNode> skipped, ObjectNode thisRun) {
        List<ObjectNode> docs = documents.stream().sorted(Comparator.comparing(d -> d.path("source").asText())).toList();
        List<ObjectNode> skips = skipped.stream().sorted(Comparator.comparing(d -> d.path("source").asText())).toList();
        ObjectNode report = ReportJson.MAPPER.createObjectNode();
        report.put("tool", "careprint");
        report.put("format", FORMAT);
        report.put("version", ToolVersion.get());
        report.put("organization", organization);
        report.set("totals", totals(docs, skips.size()));
        report.set("documents", ReportJson.array(docs));
        report.set(Booklets.KEY, ReportJson.array(Booklets.sorted(booklets)));
        report.set("skipped", ReportJson.array(skips));
        report.set("thisRun", thisRun);
        return report;
    }

    public static ObjectNode skippedEntry(SkippedInput s) {
        return ReportJson.MAPPER.createObjectNode().put("source", s.source()).put("reason", s.reason());
    }

    static ObjectNode totals(List<? extends JsonNode> docs, int skipped) {
        int ok = 0, warning = 0, error = 0, handouts = 0, audio = 0, pages = 0, overdue = 0, due = 0, unknown = 0;
        int bodyPages = 0, glossaryPages = 0;
        double seconds = 0;
        int terms = 0, undefined = 0;
        for (JsonNode d : docs) {
            for (JsonNode term : d.path("terms")) {
                terms++;
                if (!term.path("defined").asBoolean(true)) {
                    undefined++;
                }
            }
            switch (d.path("status").asText()) {
                case "ok" -> ok++;
                case "warning" -> warning++;
                default -> error++;
            }
            JsonNode out = d.path("outputs");
            if (out.path("pdf").isObject()) {
                handouts++;
                pages += out.path("pdf").path("pages").asInt();
                // Reports from before the split have no bodyPages: count all their pages as body.
                bodyPages += out.path("pdf").path("bodyPages").asInt(out.path("pdf").path("pages").asInt());
                glossaryPages += out.path("pdf").path("glossaryPages").asInt();
            }
            if (out.path("audio").isObject()) {
                audio++;
                seconds += out.path("audio").path("durationSeconds").asDouble();
            }
            switch (d.path("reviewStatus").asText("")) {
                case "overdue" -> overdue++;
                case "due" -> due++;
                case "unknown" -> unknown++;
                default -> { }
            }
        }
        ObjectNode t = ReportJson.MAPPER.createObjectNode();
        t.put("documents", docs.size());
        t.put("ok", ok);
        t.put("warning", warning);
        t.put("error", error);
        t.put("handouts", handouts);
        t.put("pages", pages);
        t.put("bodyPages", bodyPages);
        t.put("glossaryPages", glossaryPages);
        t.put("audioEditions", audio);
        t.put("audioSeconds", Figures.round(seconds, 2));
        t.put("reviewOverdue", overdue);
        t.put("reviewDue", due);
        t.put("reviewUnknown", unknown);
        t.put("terms", terms);
        t.put("undefinedTerms", undefined);
        t.put("skippedFiles", skipped);
        return t;
    }

    /**
     * "14 pages: 13 handouts, 13 audio editions, 1 failed, 3 overdue for review; 31 printed pages (22 body,
     * 9 glossary) — see out/report.json".
     */
    public static String summary(JsonNode report, String reportPath) {
        JsonNode t = report.path("totals");
        StringBuilder sb = new StringBuilder();
        sb.append(Figures.plural(t.path("documents").asInt(), "page")).append(": ");
        sb.append(Figures.plural(t.path("handouts").asInt(), "handout")).append(", ");
        sb.append(Figures.plural(t.path("audioEditions").asInt(), "audio edition")).append(", ");
        sb.append(t.path("error").asInt()).append(" failed, ");
        sb.append(t.path("reviewOverdue").asInt()).append(" overdue for review");
        int undefined = t.path("undefinedTerms").asInt();
        if (undefined > 0) {
            sb.append(", ").append(undefined).append(undefined == 1 ? " term had" : " terms had").append(" no definition");
        }
        if (t.path("skippedFiles").asInt() > 0) {
            sb.append(", ").append(Figures.plural(t.path("skippedFiles").asInt(), "file")).append(" skipped");
        }
        if (t.path("pages").asInt() > 0) {
            // For planning a print run: how many pages are the handouts themselves, how many the glossaries.
            sb.append("; ").append(Figures.plural(t.path("pages").asInt(), "printed page")).append(" (")
                    .append(t.path("bodyPages").asInt()).append(" body, ").append(t.path("glossaryPages").asInt())
                    .append(" glossary)");
        }
        sb.append(" — see ").append(reportPath);
        return sb.toString();
    }

    static ArrayNode documents(JsonNode report) {
        return (ArrayNode) report.path("documents");
    }
}
