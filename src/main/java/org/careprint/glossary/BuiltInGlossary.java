package org.careprint.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the bundled glossary once, lazily and thread-safely (class initialization does the locking): the
 * build's compiled builtin.bin when it matches the YAML, else the YAML files listed in builtin/index.txt.
 */
final class BuiltInGlossary {
    static final Glossary INSTANCE = loadBuiltIn();

    private BuiltInGlossary() {
    }

    private static Glossary loadBuiltIn() {
        byte[] index = bytes("builtin/index.txt");
        List<String> files = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        sources.add(index);
        for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                files.add(file);
                sources.add(bytes("builtin/" + file));
            }
        }
        // The build compiles the YAML into builtin.bin (see CompiledGlossary); parse only when it is stale.
        byte[] bin = optionalBytes(CompiledGlossary.FILE);
        List<GlossaryEntry> entries = bin == null ? null
                : CompiledGlossary.read(bin, CompiledGlossary.sourceHash(sources)).orElse(null);
        if (entries == null) {
            EntryCollector collector = new EntryCollector("built-in glossary");
            for (int i = 0; i < files.size(); i++) {
                collector.source("built-in glossary " + files.get(i));
                YamlGlossaryParser.parseInto(new String(sources.get(i + 1), StandardCharsets.UTF_8), collector);
            }
            entries = collector.entries();
        }
        entries = entries.stream().map(e -> e.withOrigin(GlossaryEntry.BUILT_IN)).toList();
        return Glossary.builtIn(entries, Composer.parse(resource("builtin/compose.yaml")));
    }

    private static byte[] bytes(String name) {
        byte[] b = optionalBytes(name);
        if (b == null) {
            throw new IllegalStateException("built-in glossary resource missing: " + Glossary.FOLDER + name);
        }
        return b;
    }

    private static byte[] optionalBytes(String name) {
        try (InputStream in = Glossary.class.getResourceAsStream(Glossary.FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in glossary " + name, e);
        }
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
