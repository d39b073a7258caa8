package org.careprint.report;

import org.careprint.batch.BuildState;
import org.careprint.batch.DocumentOutcome;
import org.careprint.batch.OutputFile;
import org.careprint.batch.Outputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents report.json and index.html list after a build: built from the state of every output in the
 * folder, not only from this run's successes, so no failure mode empties the catalogue.
 * <ul>
 *   <li>a document built or up to date this run: its entry, remembered in the state as its last good entry;</li>
 *   <li>a document that failed this run but has earlier good outputs in the folder: this run's entry (status
 *       error, its findings) listing those outputs, with {@code notRebuilt} describing the handout they hold
 *       (title and review dates as built); the index shows it marked "not rebuilt (see report)";</li>
 *   <li>a document in the state that this run did not process (not given, another input, or its input is
 *       gone): its last good entry, with {@code inputMissing: true} when the input no longer exists; with
 *       {@code --prune} the outputs of a gone input are deleted instead (listed first).</li>
 * </ul>
 * An output is listed only while it is still a regular file of its recorded size in the folder; an output
 * name now written by another document belongs to that document.
 */
public final class Catalogue {
    /** The documents to report, and what --prune removed (or would remove). */
    public record Result(List<ObjectNode> documents, List<String> prunedSources, List<String> prunedFiles,
                         List<String> goneInputs) {
    }

    private Catalogue() {
    }

    /**
     * @param removeGone --prune: delete the outputs of documents whose input is gone (and forget them)
     * @param log        receives "careprint: prune: ..." lines before anything is deleted; may be null
     */
    public static Result build(List<DocumentOutcome> outcomes, List<String> roles, BuildState state, Path outDir,
                               boolean removeGone, java.io.PrintStream log) throws IOException {
        List<ObjectNode> docs = new ArrayList<>();
        Set<String> inRun = new HashSet<>();
        Set<String> claimed = new HashSet<>();
        for (DocumentOutcome o : outcomes) {
            inRun.add(o.source());
            if (!o.outputs().isEmpty()) {
                o.outputs().all().forEach(f -> claimed.add(f.path()));
            }
        }
        for (DocumentOutcome o : outcomes) {
            ObjectNode node = ReportJson.reportFields(o, roles);
            BuildState.Entry previous = state.get(o.source());
            if (!o.failed() && !o.outputs().isEmpty()) {
                state.remember(o.source(), withoutRun(node));
            } else if (o.failed() && previous != null) {
                List<OutputFile> kept = BuildState.presentOutputs(outDir, previous).stream()
                        .filter(f -> !claimedByOther(f, o, outcomes)).toList();
                if (kept.isEmpty()) {
                    state.forget(o.source());
                } else {
                    kept.forEach(f -> claimed.add(f.path()));
                    node.set("outputs", ReportJson.outputsNode(new Outputs(kept), roles));
                    node.set("notRebuilt", card(previous.report()));
                    moveRunLast(node);
                }
            }
            docs.add(node);
        }
        List<String> prunedSources = new ArrayList<>();
        List<String> prunedFiles = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, BuildState.Entry> e : state.all().entrySet()) {
            String source = e.getKey();
            if (inRun.contains(source)) {
                continue;
            }
            List<OutputFile> present = BuildState.presentOutputs(outDir, e.getValue());
            if (present.isEmpty() || present.stream().anyMatch(f -> claimed.contains(f.path()))) {
                state.forget(source); // outputs deleted by hand, or the name now belongs to another page
                continue;
            }
            boolean inputGone = inputGone(source);
            if (inputGone) {
                gone.add(source);
            }
            if (inputGone && removeGone) {
                prunedSources.add(source);
                present.forEach(f -> prunedFiles.add(f.path()));
                continue;
            }
            present.forEach(f -> claimed.add(f.path()));
            docs.add(kept(source, e.getValue(), present, roles, inputGone));
        }
        if (!prunedFiles.isEmpty()) {
            if (log != null) {
                log.println("careprint: --prune removes the outputs of " + prunedSources.size()
                        + (prunedSources.size() == 1 ? " page" : " pages") + " whose input is gone: "
                        + String.join(", ", prunedFiles));
            }
            for (String source : prunedSources) {
                state.forget(source);
            }
            for (String f : prunedFiles) {
                Files.deleteIfExists(outDir.resolve(f)); // a plain file of the folder (checked above); a link is never followed
            }
        }
        return new Result(docs, prunedSources, prunedFiles, gone);
    }

    private static boolean claimedByOther(OutputFile f, DocumentOutcome self, List<DocumentOutcome> outcomes) {
        for (DocumentOutcome o : outcomes) {
            if (o != self && o.outputs().all().stream().anyMatch(g -> g.path().equals(f.path()))) {
                return true;
            }
        }
        return false;
    }

    /** The input of a remembered document no longer exists (as a file, or a link to one). */
    static boolean inputGone(String source) {
        try {
            Path p = Path.of(source);
            return !Files.exists(p) && !Files.isSymbolicLink(p);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A remembered document this run did not process: its last good entry with the outputs still present. */
    private static ObjectNode kept(String source, BuildState.Entry entry, List<OutputFile> present, List<String> roles,
                                   boolean inputGone) {
        ObjectNode node;
        if (entry.report() instanceof ObjectNode stored && source.equals(stored.path("source").asText())) {
            node = stored.deepCopy();
        } else {
            node = minimal(source, present);
        }
        node.remove("thisRun");
        node.set("outputs", ReportJson.outputsNode(new Outputs(present), roles));
        if (inputGone) {
            node.put("inputMissing", true);
        }
        node.putObject("thisRun").put("action", "kept");
        return node;
    }

    /** The fields of a report entry for a remembered document whose last entry is not known (older state). */
    private static ObjectNode minimal(String source, List<OutputFile> present) {
        ObjectNode n = ReportJson.MAPPER.createObjectNode();
        n.put("source", source);
        n.put("status", "ok");
        n.putNull("title");
        n.putNull("reviewed");
        n.putNull("updated");
        n.putNull("reviewer");
        n.putNull("nextReview");
        n.putNull("reviewStatus");
        n.putArray("terms");
        n.putNull("readability");
        n.putArray("findings");
        n.put("cruftRemoved", 0);
        String path = present.get(0).path();
        n.put("name", path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path);
        return n;
    }

    /** What the kept handout shows: its title and review dates as built. */
    private static ObjectNode card(JsonNode report) {
        ObjectNode c = ReportJson.MAPPER.createObjectNode();
        for (String key : List.of("title", "reviewed", "updated", "nextReview", "reviewStatus")) {
            JsonNode v = report == null ? null : report.get(key);
            if (v == null || v.isNull()) {
                c.putNull(key);
            } else {
                c.set(key, v.deepCopy());
            }
        }
        return c;
    }

    private static ObjectNode withoutRun(ObjectNode node) {
        ObjectNode copy = node.deepCopy();
        copy.remove("thisRun");
        return copy;
    }

    private static void moveRunLast(ObjectNode node) {
        JsonNode run = node.remove("thisRun");
        if (run != null) {
            node.set("thisRun", run);
        }
    }

    /** True when the folder holds a regular file (not a link) of this name. */
    static boolean plainFile(Path dir, String name) {
        return Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS);
    }
}
