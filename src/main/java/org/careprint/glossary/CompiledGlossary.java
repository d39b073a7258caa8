package org.careprint.glossary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in glossary's YAML files, checked and compiled into a compact binary at build time
 * ({@code builtin.bin}, written by Maven's process-classes phase through {@link #main}), because parsing
 * 3,800 entries of YAML in a fresh JVM takes most of a second. The binary carries the SHA-256 of the YAML it
 * came from: a stale or missing binary is ignored and the YAML is parsed instead, so the YAML stays the
 * only source of truth.
 */
public final class CompiledGlossary {
    static final String FILE = "builtin.bin";
    private static final int MAGIC = 0x43504731; // "CPG1"

    private CompiledGlossary() {
    }

    /** The SHA-256 of the index and every file it lists, in order: what a compiled binary must match. */
    static byte[] sourceHash(List<byte[]> sources) {
        MessageDigest sha = org.careprint.model.Sha256.digest();
        for (byte[] s : sources) {
            sha.update(s);
            sha.update((byte) 0);
        }
        return sha.digest();
    }

    static byte[] write(List<GlossaryEntry> entries, byte[] hash) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.write(hash);
            out.writeInt(entries.size());
            for (GlossaryEntry e : entries) {
                out.writeUTF(e.term());
                writeNullable(out, e.definition());
                writeNullable(out, e.category());
                writeNullable(out, e.broader());
                out.writeShort(e.aliases().size());
                for (String a : e.aliases()) {
                    out.writeUTF(a);
                }
            }
        }
        return bytes.toByteArray();
    }

    /** The entries, when {@code bin} was compiled from sources with this hash; else empty. */
    static Optional<List<GlossaryEntry>> read(byte[] bin, byte[] hash) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bin))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            byte[] stored = new byte[32];
            in.readFully(stored);
            if (!Arrays.equals(stored, hash)) {
                return Optional.empty();
            }
            int n = in.readInt();
            List<GlossaryEntry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String term = in.readUTF();
                String definition = readNullable(in);
                String category = readNullable(in);
                String broader = readNullable(in);
                int aliasCount = in.readShort();
                List<String> aliases = new ArrayList<>(aliasCount);
                for (int k = 0; k < aliasCount; k++) {
                    aliases.add(in.readUTF());
                }
                entries.add(new GlossaryEntry(term, definition, aliases, category, broader, GlossaryEntry.BUILT_IN));
            }
            return Optional.of(entries);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /**
     * Build step: {@code CompiledGlossary FOLDER}, where FOLDER holds index.txt and the YAML files (the copy
     * in target/classes). Parses and checks them exactly as a run would (a bad entry fails the build with the
     * same message) and writes FOLDER/../builtin.bin.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<byte[]> sources = new ArrayList<>();
        byte[] index = Files.readAllBytes(folder.resolve("index.txt"));
        sources.add(index);
        EntryCollector collector = new EntryCollector("built-in glossary");
        for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            byte[] yaml = Files.readAllBytes(folder.resolve(file));
            sources.add(yaml);
            collector.source("built-in glossary " + file);
            YamlGlossaryParser.parseInto(new String(yaml, StandardCharsets.UTF_8), collector);
        }
        List<GlossaryEntry> entries = collector.entries();
        Files.write(folder.resolveSibling(FILE), write(entries, sourceHash(sources)));
    }
}
