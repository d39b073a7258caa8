package org.careprint.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OUT/.careprint-state.json: for each source, the hash of everything its outputs depend on and the
 * outputs written for it. A document is up to date when its hash matches and every output still exists
 * with the recorded size.
 */
public final class BuildState {
    public static final String FILE_NAME = ".careprint-state.json";
    private static final int FORMAT = 1;

    /** What the state remembers about one document. */
    public record Entry(String hash, Outputs outputs) {
    }

    /** The file's shape. */
    public record StateFile(int format, Map<String, Entry> documents) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Map<String, Entry> entries;

    private BuildState(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static BuildState empty() {
        return new BuildState(new ConcurrentHashMap<>());
    }

    /** The previous run's state; empty when missing, unreadable or from another format. */
    public static BuildState load(Path outDir) {
        Path file = outDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            StateFile state = MAPPER.readValue(file.toFile(), StateFile.class);
            if (state.format() != FORMAT || state.documents() == null) {
                return empty();
            }
            return new BuildState(new ConcurrentHashMap<>(state.documents()));
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    public Entry get(String source) {
        return entries.get(source);
    }

    public void put(String source, Entry entry) {
        entries.put(source, entry);
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
    }
}
