package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path tmp;

    @Test
    void readsPathsAndOverridesRelativeToTheManifest() throws Exception {
        Path m = tmp.resolve("library.yaml");
        Files.writeString(m, """
                documents:
                  - pages/one.txt
                  - path: pages/two.md
                    title: Two, Retitled
                    organization: North Clinic
                    style: giant
                    reviewCycle: 18m
                """);
        List<Manifest.Entry> entries = Manifest.load(m);
        assertEquals(tmp.resolve("pages/one.txt"), entries.get(0).path());
        assertNull(entries.get(0).overrides().title());
        DocumentOverrides o = entries.get(1).overrides();
        assertEquals("Two, Retitled", o.title());
        assertEquals("North Clinic", o.organization());
        assertEquals("giant", o.style());
        assertEquals("18m", o.reviewCycle());
    }

    @Test
    void badManifestsAreConfigurationErrors() throws Exception {
        Path m = tmp.resolve("bad.yaml");
        Files.writeString(m, "- path: a.txt\n  colour: red\n");
        CarePrintException e = assertThrows(CarePrintException.class, () -> Manifest.load(m));
        assertTrue(e.getMessage().contains("colour"));
        Files.writeString(m, "title: [unclosed\n");
        assertThrows(CarePrintException.class, () -> Manifest.load(m));
        assertThrows(CarePrintException.class, () -> Manifest.load(tmp.resolve("missing.yaml")));
    }
}
