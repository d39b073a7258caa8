package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPlannerTest {
    @TempDir
    Path tmp;

    private Plan plan(Path... inputs) {
        return new InputPlanner(tmp.resolve("out")).plan(
                java.util.Arrays.stream(inputs).map(p -> new InputPlanner.Input(p, DocumentOverrides.NONE)).toList(),
                Shard.ALL);
    }

    @Test
    void walksRecursivelySortsAndSkipsOtherFiles() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("b/deeper"));
        Files.writeString(in.resolve("b/deeper/z.md"), "# Z\n");
        Files.writeString(in.resolve("a.TXT"), "A\n");
        Files.writeString(in.resolve("c.htm"), "<p>C</p>");
        Files.writeString(in.resolve("notes.docx"), "x");
        Plan p = plan(in);
        assertEquals(List.of("a.TXT", "b/deeper/z.md", "c.htm"),
                p.documents().stream().map(PlannedDocument::relativePath).toList());
        assertEquals(List.of("a", "z", "c"), p.documents().stream().map(PlannedDocument::outputName).toList());
        assertEquals(1, p.skipped().size());
        assertTrue(p.skipped().get(0).source().endsWith("notes.docx"));
    }

    @Test
    void sameOutputNameIsAConflictForBoth() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("x"));
        Files.writeString(in.resolve("x/intro.md"), "# A\n");
        Files.writeString(in.resolve("intro.txt"), "B\n");
        Files.writeString(in.resolve("other.txt"), "C\n");
        Plan p = plan(in);
        assertNotNull(p.documents().get(0).conflict());
        assertNull(p.documents().get(1).conflict());
        assertNotNull(p.documents().get(2).conflict());
        assertTrue(p.documents().get(0).conflict().contains("x/intro.md"));
    }

    @Test
    void doesNotFollowSymlinksOutsideTheInputs() throws Exception {
        Path in = tmp.resolve("in");
        Path secret = tmp.resolve("secret");
        Files.createDirectories(in);
        Files.createDirectories(secret);
        Files.writeString(secret.resolve("private.txt"), "Private\n");
        Files.writeString(in.resolve("ok.txt"), "OK\n");
        Files.createSymbolicLink(in.resolve("linked-dir"), secret);
        Files.createSymbolicLink(in.resolve("linked-file.txt"), secret.resolve("private.txt"));
        Files.createSymbolicLink(in.resolve("alias.txt"), in.resolve("ok.txt"));
        Plan p = plan(in);
        assertEquals(List.of("alias.txt"), p.documents().stream().map(PlannedDocument::relativePath).toList(),
                "the in-tree alias is kept once (sorted first), outside links dropped");
        assertEquals(2, p.skipped().size());
        assertTrue(p.skipped().stream().allMatch(s -> s.reason().contains("outside the inputs")));
    }

    @Test
    void neverReadsItsOwnOutputFolder() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("out"));
        Files.writeString(in.resolve("page.txt"), "Page\n");
        Files.writeString(in.resolve("out/index.html"), "<p>old</p>");
        Plan p = new InputPlanner(in.resolve("out")).plan(List.of(new InputPlanner.Input(in, DocumentOverrides.NONE)), Shard.ALL);
        assertEquals(List.of("page.txt"), p.documents().stream().map(PlannedDocument::relativePath).toList());
    }

    @Test
    void missingInputIsAUsageError() {
        CarePrintException e = assertThrows(CarePrintException.class, () -> plan(tmp.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"));
    }
}
