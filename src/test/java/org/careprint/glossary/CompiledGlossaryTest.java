package org.careprint.glossary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's compiled glossary says exactly what the YAML says, and a stale one is never used. */
class CompiledGlossaryTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Glossary.class.getResourceAsStream(Glossary.FOLDER + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void theBuildsBinaryMatchesTheYamlEntryForEntry() throws IOException {
        byte[] index = resource("builtin/index.txt");
        List<byte[]> sources = new ArrayList<>(List.of(index));
        EntryCollector collector = new EntryCollector("test");
        for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                byte[] yaml = resource("builtin/" + line.strip());
                sources.add(yaml);
                YamlGlossaryParser.parseInto(new String(yaml, StandardCharsets.UTF_8), collector);
            }
        }
        List<GlossaryEntry> fromYaml = collector.entries().stream().map(e -> e.withOrigin(GlossaryEntry.BUILT_IN)).toList();
        byte[] hash = CompiledGlossary.sourceHash(sources);
        List<GlossaryEntry> fromBinary = CompiledGlossary.read(resource(CompiledGlossary.FILE), hash).orElseThrow(
                () -> new AssertionError("builtin.bin is missing or stale: run mvn process-classes"));
        assertEquals(fromYaml, fromBinary);
        assertEquals(fromYaml, Glossary.builtIn().entries());
    }

    @Test
    void aBinaryFromOtherSourcesIsIgnored() throws IOException {
        List<GlossaryEntry> entries = List.of(new GlossaryEntry("cell", "The smallest living unit.", List.of("cells"),
                "genetics", null, GlossaryEntry.BUILT_IN));
        byte[] hash = CompiledGlossary.sourceHash(List.of("a".getBytes(StandardCharsets.UTF_8)));
        byte[] bin = CompiledGlossary.write(entries, hash);
        assertEquals(entries, CompiledGlossary.read(bin, hash).orElseThrow());
        byte[] other = CompiledGlossary.sourceHash(List.of("b".getBytes(StandardCharsets.UTF_8)));
        assertTrue(CompiledGlossary.read(bin, other).isEmpty());
        assertTrue(CompiledGlossary.read(new byte[] {1, 2, 3}, hash).isEmpty());
    }
}
