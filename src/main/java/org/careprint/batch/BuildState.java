package org.careprint.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OUT/.careprint-state.json: for each source, the hash of everything its outputs depend on, the outputs
 * written for it (with their sizes and SHA-256) and its last good report entry. A document is up to date when
 * its hash matches and every output still exists with the recorded content hash. The state knows every good
 * output in the folder, so report.json and index.html list them even when a document fails in a later run
 * or is not part of it.
 *
 * <p>During a run each finished document is also appended as one JSON line to OUT/.careprint-state.journal,
 * so a run that is killed midway keeps the work it finished: the next run replays the journal (ignoring a
 * torn last line) and renders only what is left. A completed run folds the journal into the state file.
 * Neither file is ever read or written through a symbolic link: a link planted under either name is removed.
 */
public final class BuildState {
    public static final String FILE_NAME = ".careprint-state.json";
    public static final String JOURNAL_NAME = ".careprint-state.journal";
    private static final int FORMAT = 1;
    /** Largest state or journal file read (a planted huge file must not exhaust memory). */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    /**
     * What the state remembers about one document.
     *
     * @param report the document's report.json entry from the last run that built or confirmed it (without
     *               {@code thisRun}), or null (older state files, or a journal line of a killed run)
     */
    public record Entry(String hash, Outputs outputs, JsonNode report) {
        public Entry(String hash, Outputs outputs) {
            this(hash, outputs, null);
        }
    }

    /** One journal line. */
    public record JournalLine(String source, Entry entry) {
    }

    /** The file's shape. */
    public record StateFile(int format, Map<String, Entry> documents) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT); // documents are a TreeMap; figures keep the outputs' own order
    private static final ObjectMapper LINE_MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, Entry> entries;
    private final Path journal;

    private BuildState(Map<String, Entry> entries, Path journal) {
        this.entries = entries;
        this.journal = journal;
    }

    /** A state that remembers nothing and journals nothing (used by {@code check}). */
    public static BuildState empty() {
        return new BuildState(new ConcurrentHashMap<>(), null);
    }

    /** The previous run's state; empty when missing, unreadable, a symbolic link or from another format. */
    public static BuildState load(Path outDir) {
        Map<String, Entry> entries = new ConcurrentHashMap<>(readStateFile(outDir.resolve(FILE_NAME)));
        replayJournal(outDir.resolve(JOURNAL_NAME), entries);
        return new BuildState(entries, outDir.resolve(JOURNAL_NAME));
    }

    /** The bytes of a regular file (never through a link), or null when it is missing, a link, special or too big. */
    private static byte[] readPlain(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
            return bytes.length > MAX_BYTES ? null : bytes;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Entry> readStateFile(Path file) {
        byte[] bytes = readPlain(file);
        if (bytes == null) {
            return Map.of();
        }
        try {
            StateFile state = MAPPER.readValue(bytes, StateFile.class);
            if (state.format() != FORMAT || state.documents() == null) {
                return Map.of();
            }
            Map<String, Entry> valid = new TreeMap<>();
            state.documents().forEach((source, e) -> {
                if (source != null && e != null && e.hash() != null && e.outputs() != null) {
                    valid.put(source, e);
                }
            });
            return valid;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Applies the journal of an interrupted run; a line cut short by the interruption is skipped. */
    private static void replayJournal(Path file, Map<String, Entry> entries) {
        byte[] bytes = readPlain(file);
        if (bytes == null) {
            return;
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            try {
                JournalLine j = LINE_MAPPER.readValue(line, JournalLine.class);
                if (j.source() != null && j.entry() != null && j.entry().hash() != null && j.entry().outputs() != null) {
                    entries.put(j.source(), j.entry());
                }
            } catch (IOException | RuntimeException torn) {
                // a torn last line from a killed run: that document is simply rebuilt
            }
        }
    }

    public Entry get(String source) {
        return entries.get(source);
    }

    /** Every remembered document, sorted by source. */
    public synchronized Map<String, Entry> all() {
        return new TreeMap<>(entries);
    }

    /** Remembers a freshly rendered document and appends it to the journal at once (survives a kill). */
    public synchronized void record(String source, Entry entry) throws IOException {
        entries.put(source, entry);
        if (journal != null) {
            byte[] line = (LINE_MAPPER.writeValueAsString(new JournalLine(source, new Entry(entry.hash(), entry.outputs())))
                    + "\n").getBytes(StandardCharsets.UTF_8);
            if (Files.isSymbolicLink(journal)) {
                Files.delete(journal); // planted: never append through a link
            }
            try {
                Files.write(journal, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw IoProblem.writing(journal, e);
            }
        }
    }

    /** Keeps {@code report} (a report.json entry without thisRun) as the document's last good entry. */
    public synchronized void remember(String source, JsonNode report) {
        Entry e = entries.get(source);
        if (e != null) {
            entries.put(source, new Entry(e.hash(), e.outputs(), report));
        }
    }

    /** Forgets a document (its outputs are gone, were pruned, or now belong to another page). */
    public synchronized void forget(String source) {
        entries.remove(source);
    }

    /**
     * True when {@code source} was built with this hash and all its outputs are still in place with the
     * content recorded (SHA-256; an output corrupted to the same size is not up to date).
     */
    public boolean upToDate(String source, String hash, Path outDir) {
        Entry e = entries.get(source);
        if (e == null || !e.hash().equals(hash) || e.outputs() == null) {
            return false;
        }
        for (OutputFile f : e.outputs().all()) {
            if (f.sha256() == null || !present(outDir, f)) {
                return false;
            }
            try {
                if (!f.sha256().equals(AtomicOutput.sha256Of(outDir.resolve(f.path())))) {
                    return false;
                }
            } catch (IOException ex) {
                return false;
            }
        }
        return true;
    }

    /** True when the output is a regular file (not a link) in the folder with its recorded size. */
    public static boolean present(Path outDir, OutputFile f) {
        if (f.path() == null || f.path().contains("/") || f.path().contains("\\") || f.path().startsWith(".")) {
            return false;
        }
        Path p = outDir.resolve(f.path());
        try {
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.size(p) == f.bytes();
        } catch (IOException ex) {
            return false;
        }
    }

    /** The outputs of {@code e} still present in the folder. */
    public static List<OutputFile> presentOutputs(Path outDir, Entry e) {
        return e.outputs().all().stream().filter(f -> present(outDir, f)).toList();
    }

    public synchronized void save(Path outDir) throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(new StateFile(FORMAT, new TreeMap<>(entries)));
        AtomicOutput.write(outDir.resolve(FILE_NAME), json);
        Files.deleteIfExists(outDir.resolve(JOURNAL_NAME));
    }
}
