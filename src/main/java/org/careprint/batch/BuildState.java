package org.careprint.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OUT/.careprint-state.json: for each source, the hash of everything its outputs depend on and the
 * outputs written for it. A document is up to date when its hash matches and every output still exists
 * with the recorded size.
 *
 * <p>During a run each finished document is also appended as one JSON line to OUT/.careprint-state.journal,
 * so a run that is killed midway keeps the work it finished: the next run replays the journal (ignoring a
 * torn last line) and renders only what is left. A completed run folds the journal into the state file.
 */
public final class BuildState {
    public static final String FILE_NAME = ".careprint-state.json";
    public static final String JOURNAL_NAME = ".careprint-state.journal";
    private static final int FORMAT = 1;

    /** What the state remembers about one document. */
    public record Entry(String hash, Outputs outputs) {
    }

    /** One journal line. */
    public record JournalLine(String source, Entry entry) {
    }

    /** The file's shape. */
    public record StateFile(int format, Map<String, Entry> documents) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
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

    /** The previous run's state; empty when missing, unreadable or from another format. */
    public static BuildState load(Path outDir) {
        Map<String, Entry> entries = new ConcurrentHashMap<>(readStateFile(outDir.resolve(FILE_NAME)));
        replayJournal(outDir.resolve(JOURNAL_NAME), entries);
        return new BuildState(entries, outDir.resolve(JOURNAL_NAME));
    }

    private static Map<String, Entry> readStateFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            StateFile state = MAPPER.readValue(file.toFile(), StateFile.class);
            if (state.format() != FORMAT || state.documents() == null) {
                return Map.of();
            }
            return state.documents();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** Applies the journal of an interrupted run; a line cut short by the interruption is skipped. */
    private static void replayJournal(Path file, Map<String, Entry> entries) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    JournalLine j = LINE_MAPPER.readValue(line, JournalLine.class);
                    if (j.source() != null && j.entry() != null) {
                        entries.put(j.source(), j.entry());
                    }
                } catch (IOException | RuntimeException torn) {
                    // a torn last line from a killed run: that document is simply rebuilt
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable journal only costs a rebuild
        }
    }

    public Entry get(String source) {
        return entries.get(source);
    }

    /** Remembers a freshly rendered document and appends it to the journal at once (survives a kill). */
    public synchronized void record(String source, Entry entry) throws IOException {
        entries.put(source, entry);
        if (journal != null) {
            byte[] line = (LINE_MAPPER.writeValueAsString(new JournalLine(source, entry)) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(journal, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        }
    }

    /** True when {@code source} was built with this hash and all its outputs are still in place. */
    public boolean upToDate(String source, String hash, Path outDir) {
        Entry e = entries.get(source);
        if (e == null || !e.hash().equals(hash) || e.outputs() == null) {
            return false;
        }
        for (OutputFile f : e.outputs().all()) {
            Path p = outDir.resolve(f.path());
            try {
                if (!Files.isRegularFile(p) || Files.size(p) != f.bytes()) {
                    return false;
                }
            } catch (IOException ex) {
                return false;
            }
        }
        return true;
    }

    public synchronized void save(Path outDir) throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(new StateFile(FORMAT, new TreeMap<>(entries)));
        AtomicOutput.write(outDir.resolve(FILE_NAME), json);
        Files.deleteIfExists(outDir.resolve(JOURNAL_NAME));
    }
}
