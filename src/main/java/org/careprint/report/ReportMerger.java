package org.careprint.report;

import org.careprint.batch.AtomicOutput;
import org.careprint.batch.OutputNames;
import org.careprint.batch.InputPlanner;
import org.careprint.batch.RunResult;
import org.careprint.batch.IoProblem;
import org.careprint.batch.OutputLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careprint.model.CarePrintException;

/**
 * {@code careprint merge OUT1 OUT2 ... -o OUT}: combines shard reports into one report.json (totals
 * recomputed, so it equals a single run's report apart from {@code thisRun}), copies each shard's
 * outputs into OUT when OUT is a different folder, and rebuilds index.html.
 */
public final class ReportMerger {
    private final PrintStream out;
    private final boolean quiet;
    private final boolean waitForLock;
    private final PrintStream err;

    public ReportMerger(PrintStream out, boolean quiet) {
        this(out, quiet, false, null);
    }

    /** @param waitForLock --wait: wait while another run holds the target folder instead of stopping (exit 2) */
    public ReportMerger(PrintStream out, boolean quiet, boolean waitForLock, PrintStream err) {
        this.out = out;
        this.quiet = quiet;
        this.waitForLock = waitForLock;
        this.err = err;
    }

    public RunResult merge(List<Path> shardDirs, Path outDir) {
        long start = System.nanoTime();
        if (shardDirs.isEmpty()) {
            throw new CarePrintException("merge needs the output folders of the shards, e.g. careprint merge out-1 out-2 -o out");
        }
        List<ObjectNode> docs = new ArrayList<>();
        List<ObjectNode> skipped = new ArrayList<>();
        List<ObjectNode> booklets = new ArrayList<>();
        Map<String, String> seenBooklets = new HashMap<>();
        Map<String, String> seenSources = new HashMap<>();
        String organization = null;
        String audioUrl = null;
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new CarePrintException("Cannot create " + outDir + ": " + IoProblem.reason(e) + ".");
        }
        try (OutputLock lock = OutputLock.acquire(outDir, waitForLock, quiet ? null : err)) {
            AtomicOutput.removeStale(outDir);
            Path outReal = outDir.toRealPath();
            for (Path dir : shardDirs) {
                JsonNode report = read(dir);
                if (report.path("organization").isTextual()) {
                    organization = report.path("organization").asText();
                }
                String url = report.path("audioUrl").asText(null);
                if (url != null && audioUrl != null && !url.equals(audioUrl)) {
                    throw new CarePrintException(dir + " was built with --audio-url " + url + ", another shard with "
                            + audioUrl + "; merge shards of one run.");
                }
                audioUrl = url == null ? audioUrl : url;
                boolean copy = !dir.toRealPath().equals(outReal);
                for (JsonNode d : report.path("documents")) {
                    String source = d.path("source").asText();
                    String before = seenSources.putIfAbsent(source, dir.toString());
                    if (before != null) {
                        throw new CarePrintException(source + " appears in both " + before + " and " + dir
                                + "; merge the outputs of different shards of one run.");
                    }
                    for (JsonNode f : d.path("outputs")) {
                        if (f.isObject()) {
                            long bytes = copy ? copyOutput(dir, outDir, f.path("path").asText())
                                    : checkOutput(dir, f.path("path").asText());
                            ((ObjectNode) f).put("bytes", bytes); // the size of the file merged, never of a link's target
                        }
                    }
                    docs.add((ObjectNode) d.deepCopy());
                }
                for (ObjectNode b : Booklets.of(report)) {
                    String before = seenBooklets.putIfAbsent(b.path("path").asText(), dir.toString());
                    if (before != null) {
                        throw new CarePrintException("The booklet " + b.path("path").asText() + " appears in both "
                                + before + " and " + dir + "; give each booklet its own name.");
                    }
                    for (ObjectNode file : Booklets.fileNodes(b)) {
                        String f = file.path("path").asText();
                        if (!Booklets.safe(f)) {
                            throw new CarePrintException("Report in " + dir + " names an unsafe booklet file '" + f
                                    + "'; not merged.");
                        }
                        Path from = checked(dir, f);
                        file.put("bytes", copy ? AtomicOutput.copy(from, outDir.resolve(f)) : Files.size(from));
                    }
                    booklets.add(b);
                }
                report.path("skipped").forEach(s -> skipped.add((ObjectNode) s.deepCopy()));
            }
            ObjectNode thisRun = ReportJson.MAPPER.createObjectNode();
            thisRun.put("mergedFrom", shardDirs.size());
            thisRun.put("elapsedMs", (System.nanoTime() - start) / 1_000_000L);
            ObjectNode merged = RunReport.build(organization, docs, booklets, skipped, thisRun);
            if (audioUrl != null) {
                merged.put("audioUrl", audioUrl); // the shards' feed base: the merged folder gets one feed of all
            }
            AtomicOutput.write(outDir.resolve(RunReport.FILE_NAME), ReportJson.bytes(merged));
            AtomicOutput.write(outDir.resolve(IndexPage.FILE_NAME), IndexPage.render(merged).getBytes(StandardCharsets.UTF_8));
            if (PodcastFeed.wanted(merged)) {
                AtomicOutput.write(outDir.resolve(PodcastFeed.FILE_NAME),
                        PodcastFeed.render(merged).getBytes(StandardCharsets.UTF_8));
            }
            if (!quiet) {
                out.println(RunReport.summary(merged, InputPlanner.display(outDir.resolve(RunReport.FILE_NAME))));
            }
            boolean failed = docs.stream().anyMatch(d -> "error".equals(d.path("status").asText()));
            return new RunResult(failed ? 1 : 0, merged, List.of());
        } catch (IOException e) {
            throw new CarePrintException("Cannot merge into " + outDir + ": " + IoProblem.sentence(e));
        }
    }

    private static JsonNode read(Path dir) {
        Path file = dir.resolve(RunReport.FILE_NAME);
        if (Files.isSymbolicLink(file)) {
            throw new CarePrintException(file + " is a symbolic link, which merge does not follow;"
                    + " give the -o folders of finished 'careprint build --shard' runs.");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CarePrintException(dir + " has no " + RunReport.FILE_NAME
                    + "; give the -o folders of finished 'careprint build --shard' runs.");
        }
        try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            JsonNode report = ReportJson.MAPPER.readTree(in);
            if (!report.path("documents").isArray()) {
                throw new CarePrintException(file + " is not a CarePrint report; give the -o folders of shard runs.");
            }
            return report;
        } catch (IOException e) {
            throw new CarePrintException(file + " cannot be read as JSON (" + e.getMessage() + ").");
        }
    }

    /**
     * Copies one output, refusing any path that would leave either folder and any output that is a symbolic
     * link or special file (never followed: a link in a shard folder must not pull an outside file into the
     * site). Returns the bytes copied.
     */
    private static long copyOutput(Path fromDir, Path toDir, String relative) throws IOException {
        checkOutput(fromDir, relative);
        return AtomicOutput.copy(fromDir.resolve(relative), toDir.resolve(relative));
    }

    /** A booklet file named by a shard report, checked to be a plain file in that folder. */
    private static Path checked(Path fromDir, String name) {
        Path file = fromDir.resolve(name);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CarePrintException(InputPlanner.display(file) + " is missing, a symbolic link or not a regular"
                    + " file; write that booklet again.");
        }
        return file;
    }

    /** Checks an output named by a shard report is a plain file in that folder; returns its size. */
    private static long checkOutput(Path fromDir, String relative) throws IOException {
        // NAME plus one or two extensions ("x.mp3", "x.chapters.json"); sanitized names have no dot of their own.
        if (!relative.equals(OutputNames.sanitize(stem(relative)) + extension(relative))
                || !extension(relative).matches("(\\.[a-z0-9]+){1,2}")) {
            throw new CarePrintException("Report in " + fromDir + " names an unsafe output '" + relative + "'; not merged.");
        }
        Path file = fromDir.resolve(relative);
        if (Files.isSymbolicLink(file)) {
            throw new CarePrintException(InputPlanner.display(file) + " is a symbolic link, which merge does not follow;"
                    + " rebuild that shard.");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new CarePrintException(InputPlanner.display(file) + " is missing or not a regular file; rebuild that shard.");
        }
        return Files.size(file);
    }

    private static String stem(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(String name) {
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }
}
