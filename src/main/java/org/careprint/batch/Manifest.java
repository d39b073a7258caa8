package org.careprint.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careprint.model.CarePrintException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A --manifest YAML file: a list of inputs (files or folders, relative to the manifest's folder) with
 * optional per-document overrides. Either a top-level list or a map with a {@code documents} list; each
 * item is a path string or a map with {@code path} and any of {@code title, organization, style, reviewCycle}.
 */
final class Manifest {
    /** One listed input with its overrides. */
    public record Entry(Path path, DocumentOverrides overrides) {
    }

    private Manifest() {
    }

    public static List<Entry> load(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new CarePrintException("Manifest " + file + " is " + InputPlanner.kind(file)
                    + ", not a regular file; give a YAML file to --manifest.");
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new CarePrintException("Cannot read manifest " + file + ": " + e.getMessage()
                    + "; check the path given to --manifest.");
        } catch (YAMLException e) {
            throw new CarePrintException("Manifest " + file + " is not valid YAML ("
                    + firstLine(e.getMessage()) + "); fix the file and run again.");
        }
        if (root instanceof Map<?, ?> map && map.get("documents") instanceof List<?> docs) {
            root = docs;
        }
        if (!(root instanceof List<?> items)) {
            throw new CarePrintException("Manifest " + file
                    + " must be a list of inputs (or have a 'documents:' list); see the README.");
        }
        Path base = file.getParent();
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (Object item : items) {
            n++;
            entries.add(entry(file, base, n, item));
        }
        return entries;
    }

    private static Entry entry(Path file, Path base, int n, Object item) {
        if (item instanceof String s) {
            return new Entry(resolve(base, s), DocumentOverrides.NONE);
        }
        if (item instanceof Map<?, ?> map && map.get("path") instanceof String p) {
            for (Object key : map.keySet()) {
                if (!List.of("path", "title", "organization", "style", "reviewCycle").contains(String.valueOf(key))) {
                    throw new CarePrintException("Manifest " + file + ", item " + n + ": unknown key '" + key
                            + "'; use path, title, organization, style or reviewCycle.");
                }
            }
            return new Entry(resolve(base, p), new DocumentOverrides(text(map.get("title")),
                    text(map.get("organization")), text(map.get("style")), text(map.get("reviewCycle"))));
        }
        throw new CarePrintException("Manifest " + file + ", item " + n
                + ": each item must be a path or a map with a 'path:' key.");
    }

    private static Path resolve(Path base, String p) {
        Path path = Path.of(p);
        return path.isAbsolute() || base == null ? path : base.resolve(path).normalize();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
