package org.careprint.report;

import org.careprint.batch.DocumentOutcome;
import org.careprint.batch.OutputFile;
import org.careprint.batch.Outputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.careprint.model.Finding;
import org.careprint.model.ReviewInfo;

/**
 * JSON for {@code check --json} and report.json. One object per document with a fixed key order; the
 * report adds {@code name}, {@code outputs} and {@code thisRun}. Everything outside {@code thisRun} is
 * deterministic for the same inputs and options.
 */
public final class ReportJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    /** The fields {@code check --json} prints for a document. */
    public static ObjectNode checkFields(DocumentOutcome o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("source", o.source());
        n.put("status", o.status());
        n.put("title", o.title());
        ReviewInfo r = o.review();
        n.put("reviewed", iso(r == null ? null : r.reviewed()));
        n.put("updated", iso(r == null ? null : r.updated()));
        n.put("reviewer", r == null ? null : r.reviewer());
        n.put("nextReview", iso(r == null ? null : r.nextReview()));
        n.put("reviewStatus", r == null || r.status() == null ? null : r.status().label());
        ArrayNode terms = n.putArray("terms");
        for (DocumentOutcome.TermUse t : o.terms()) {
            terms.addObject().put("term", t.term()).put("defined", t.defined()).put("entry", t.entry())
                    .put("definition", t.definition()).put("source", t.source());
        }
        if (o.readability() == null) {
            n.putNull("readability");
        } else {
            n.putObject("readability").put("fleschKincaid", o.readability().fleschKincaid())
                    .put("smog", o.readability().smog());
        }
        ArrayNode findings = n.putArray("findings");
        for (Finding f : o.findings()) {
            findings.addObject().put("severity", f.severity().label()).put("code", f.code())
                    .put("line", f.line()).put("message", f.message());
        }
        n.put("cruftRemoved", o.cruftRemoved());
        return n;
    }

    /** A report.json document entry: the check fields plus output name, outputs and this run's timings. */
    public static ObjectNode reportFields(DocumentOutcome o, List<String> roles) {
        ObjectNode n = checkFields(o);
        n.put("name", o.name());
        n.set("outputs", outputsNode(o.outputs(), roles));
        ObjectNode run = n.putObject("thisRun");
        run.put("action", o.action());
        for (Map.Entry<String, Long> e : o.timingsMs().entrySet()) {
            run.put(e.getKey(), e.getValue());
        }
        return n;
    }

    /** The {@code outputs} object: one member per role, null when not written. */
    public static ObjectNode outputsNode(Outputs files, List<String> roles) {
        ObjectNode outputs = MAPPER.createObjectNode();
        for (String role : roles) {
            output(outputs, role, files.get(role));
        }
        for (OutputFile f : files.all()) {
            if (!outputs.has(f.role())) {
                output(outputs, f.role(), f); // an output of an earlier run this run does not make (e.g. --transcript)
            }
        }
        return outputs;
    }

    static void output(ObjectNode parent, String key, OutputFile f) {
        if (f == null) {
            parent.putNull(key);
            return;
        }
        ObjectNode n = parent.putObject(key);
        n.put("path", f.path());
        n.put("bytes", f.bytes());
        for (Map.Entry<String, Number> e : f.figures().entrySet()) {
            Number v = e.getValue();
            if (v instanceof Double || v instanceof Float) {
                n.put(e.getKey(), v.doubleValue());
            } else {
                n.put(e.getKey(), v.longValue());
            }
        }
        if (f.label() != null) {
            n.put("label", f.label());
        }
    }

    public static ArrayNode array(List<? extends JsonNode> nodes) {
        ArrayNode a = MAPPER.createArrayNode();
        a.addAll(nodes);
        return a;
    }

    /** Pretty JSON with a trailing newline, '\n' line ends on every platform. */
    public static byte[] bytes(JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (MAPPER.writer(printer).writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with every {@code thisRun} member removed: what must be equal between equivalent runs. */
    public static JsonNode withoutRunDetails(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("thisRun");
            o.forEach(ReportJson::strip);
        } else if (node.isArray()) {
            node.forEach(ReportJson::strip);
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
