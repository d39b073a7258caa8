package org.careprint.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careprint.batch.AtomicOutput;
import org.careprint.batch.InputPlanner;
import org.careprint.model.CarePrintException;
import org.careprint.report.Booklets;
import org.careprint.report.IndexPage;
import org.careprint.report.ReportJson;
import org.careprint.report.RunReport;

/**
 * The booklet's place in its folder's report.json and index.html. The folder's catalogue is updated when it is
 * a CarePrint one (a build's output folder, or one a booklet made before) and made when the folder has neither
 * file; a report.json or index.html that CarePrint did not write is never touched.
 */
final class BookletCatalogue {
    private BookletCatalogue() {
    }

    /** Whether the folder's catalogue may be written: it is CarePrint's, or there is none. */
    static boolean ours(Path folder) {
        return Booklets.read(folder) != null || !Files.exists(folder.resolve(RunReport.FILE_NAME), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(folder.resolve(IndexPage.FILE_NAME), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Refuses (exit 2) to write booklet files over the outputs of a build in the same folder (e.g. -o out/anemia.pdf
     * where out/anemia.pdf is a handout), or over the catalogue itself.
     */
    static void checkNames(Path folder, List<String> names) {
        List<String> taken = new ArrayList<>(List.of(RunReport.FILE_NAME, IndexPage.FILE_NAME));
        JsonNode report = Booklets.read(folder);
        if (report != null) {
            for (JsonNode d : report.path("documents")) {
                d.path("outputs").forEach(f -> taken.add(f.path("path").asText()));
            }
        }
        for (String name : names) {
            if (taken.contains(name)) {
                throw new CarePrintException("The booklet would overwrite " + InputPlanner.display(folder.resolve(name))
                        + ", which 'careprint build' wrote there; give the booklet another name with -o.");
            }
        }
    }

    /** Adds or replaces the booklet's entry in the folder's report.json and rebuilds index.html from it. */
    static void update(Path folder, ObjectNode entry, String organization) throws IOException {
        JsonNode old = Booklets.read(folder);
        ObjectNode report;
        if (old == null) {
            ObjectNode thisRun = ReportJson.MAPPER.createObjectNode().put("booklet", entry.path("path").asText());
            report = RunReport.build(organization, List.of(), Booklets.with(List.of(), entry), List.of(), thisRun);
        } else {
            report = RunReport.build(old.path("organization").isTextual() ? old.path("organization").asText() : null,
                    objects(old.path("documents")), Booklets.with(Booklets.of(old), entry), objects(old.path("skipped")),
                    old.path("thisRun").isObject() ? (ObjectNode) old.path("thisRun").deepCopy()
                            : ReportJson.MAPPER.createObjectNode());
        }
        AtomicOutput.write(folder.resolve(RunReport.FILE_NAME), ReportJson.bytes(report));
        AtomicOutput.write(folder.resolve(IndexPage.FILE_NAME), IndexPage.render(report).getBytes(StandardCharsets.UTF_8));
    }

    private static List<ObjectNode> objects(JsonNode array) {
        List<ObjectNode> out = new ArrayList<>();
        array.forEach(n -> {
            if (n.isObject()) {
                out.add((ObjectNode) n.deepCopy());
            }
        });
        return out;
    }
}
