package org.careprint.batch;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careprint.model.CarePrintException;
import org.careprint.source.DocumentLoader;

/**
 * Expands files and folders into a sorted plan: recursive walk, supported extensions only (others are
 * listed as skipped), symlinks leading outside the input roots not followed, the output folder never
 * read back, duplicate output names marked as conflicts, then the --shard slice.
 */
public final class InputPlanner {
    /** Why a file is skipped; the extensions come from the reader table (source.Format), the only list. */
    private static final String NOT_AN_INPUT = "not a " + DocumentLoader.extensionList() + " file";

    /** One input argument (or manifest entry) with its overrides. */
    public record Input(Path path, DocumentOverrides overrides) {
    }

    private final Path outputDir;
    private final Set<String> generated;

    /** @param outputDir never read back as input; null for check, which writes nothing */
    public InputPlanner(Path outputDir) {
        this(outputDir, Set.of());
    }

    /**
     * @param generated names of files CarePrint wrote in the output folder (from its state): when the output
     *                  folder is also an input folder, these, report.json and index.html are never read as pages
     */
    public InputPlanner(Path outputDir, Set<String> generated) {
        this.outputDir = outputDir;
        this.generated = Set.copyOf(generated);
    }

    /** What kind of file system object {@code p} is, in words ("a named pipe (FIFO)", "a device", …). */
    public static String kind(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (a.isDirectory()) {
                return "a folder";
            }
            if (a.isRegularFile()) {
                return "a regular file";
            }
            Object type = Files.readAttributes(p, "unix:mode").get("mode");
            if (type instanceof Integer mode) {
                switch (mode & 0170000) {
                    case 0010000: return "a named pipe (FIFO)";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
            return "a special file";
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    public static boolean isSupported(Path file) {
        return DocumentLoader.isSupported(file);
    }

    public Plan plan(List<Input> inputs, Shard shard) {
        List<Path> roots = new ArrayList<>();
        for (Input input : inputs) {
            if (!Files.exists(input.path())) {
                throw new CarePrintException("Input " + display(input.path())
                        + " does not exist; check the path and run again.");
            }
            if (!Files.isDirectory(input.path()) && !Files.isRegularFile(input.path())) {
                throw new CarePrintException("Input " + display(input.path()) + " is " + kind(input.path())
                        + ", not a file or folder CarePrint can read; give a .txt, .md or .html file or a folder.");
            }
            roots.add(realPath(input.path()));
        }
        Path outReal = outputDir == null ? null
                : Files.isDirectory(outputDir) ? realPath(outputDir) : outputDir.toAbsolutePath().normalize();
        List<Candidate> candidates = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>();
        for (Input input : inputs) {
            if (Files.isDirectory(input.path())) {
                walk(input, roots, outReal, candidates, skipped);
            } else {
                Path file = input.path();
                candidates.add(new Candidate(file, display(file), file.getFileName().toString(), realPath(file),
                        input.overrides()));
            }
        }
        // Walk order depends on the file system; sort first so the same file reached twice always keeps the same name.
        candidates.sort(Comparator.comparing(Candidate::source));
        Set<Path> seen = new HashSet<>();
        List<PlannedDocument> docs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!seen.add(c.real())) {
                continue;
            }
            if (isSupported(c.file())) {
                docs.add(document(c.file(), c.source(), c.relative(), c.overrides()));
            } else {
                skipped.add(new SkippedInput(c.source(), c.relative(), NOT_AN_INPUT));
            }
        }
        skipped.sort(Comparator.comparing(SkippedInput::source));
        List<PlannedDocument> checked = markConflicts(docs);
        return new Plan(
                checked.stream().filter(d -> shard.contains(d.relativePath())).collect(Collectors.toList()),
                skipped.stream().filter(s -> shard.contains(s.relativePath())).collect(Collectors.toList()));
    }

    private record Candidate(Path file, String source, String relative, Path real, DocumentOverrides overrides) {
    }

    private void walk(Input input, List<Path> roots, Path outReal, List<Candidate> candidates,
                      List<SkippedInput> skipped) {
        Path root = input.path();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            Path real = realPath(dir);
                            if (real.equals(outReal) && !dir.equals(root)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (!insideRoots(real, roots)) {
                                skipped.add(new SkippedInput(display(dir), rel(root, dir),
                                        "symbolic link to a folder outside the inputs; not followed"));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String relative = rel(root, file);
                            Path real = realPath(file);
                            if (outReal != null && outReal.equals(realPath(file.getParent())) && isGenerated(file)) {
                                return FileVisitResult.CONTINUE; // our own output, in an output folder that is also an input
                            }
                            if (!attrs.isRegularFile()) {
                                skipped.add(new SkippedInput(display(file), relative, "not a regular file"));
                            } else if (!insideRoots(real, roots)) {
                                skipped.add(new SkippedInput(display(file), relative,
                                        "symbolic link to a file outside the inputs; not followed"));
                            } else {
                                candidates.add(new Candidate(file, display(file), relative, real, input.overrides()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException
                                    ? "symbolic link loop; not followed" : "cannot be read: " + e.getMessage();
                            skipped.add(new SkippedInput(display(file), rel(root, file), why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new CarePrintException("Cannot read folder " + display(root) + ": " + e.getMessage());
        }
    }

    private boolean isGenerated(Path file) {
        String name = file.getFileName().toString();
        return name.equals("index.html") || name.equals("report.json") || name.startsWith(".careprint")
                || name.endsWith(AtomicOutput.TEMP_SUFFIX) || generated.contains(name);
    }

    private static PlannedDocument document(Path file, String source, String relative, DocumentOverrides overrides) {
        String name = OutputNames.stemOf(file.getFileName().toString());
        return new PlannedDocument(file, source, relative, name, overrides, null);
    }

    private static List<PlannedDocument> markConflicts(List<PlannedDocument> docs) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (PlannedDocument d : docs) {
            byName.computeIfAbsent(d.outputName(), k -> new ArrayList<>()).add(d.source());
        }
        List<PlannedDocument> out = new ArrayList<>();
        for (PlannedDocument d : docs) {
            List<String> same = byName.get(d.outputName());
            if (same.size() > 1) {
                String others = same.stream().filter(s -> !s.equals(d.source())).collect(Collectors.joining(", "));
                out.add(d.withConflict("Output name '" + d.outputName() + "' is also used by " + others
                        + "; rename one of the files so each has its own name. Neither was written."));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean insideRoots(Path real, List<Path> roots) {
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String rel(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    public static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }
}
