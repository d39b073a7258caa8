package org.careprint.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careprint.model.Finding;
import org.careprint.model.Metadata;
import org.careprint.output.Handoff;
import org.careprint.output.Job;
import org.careprint.output.Output;
import org.careprint.output.OutputKind;
import org.careprint.output.Rendered;
import org.careprint.output.WrittenFile;

/**
 * Rendering one checked document through every enabled output on this worker thread: what its files
 * depend on (the incremental hash), and the files themselves, written to temporary names and moved into place
 * together once every output has succeeded.
 */
final class RenderStep {
    /** Commits a finished file unless the document was abandoned (the worker decides, under its lock). */
    interface Committer {
        /** Moves every finished file into place, all under one lock; on failure none of the new files remain. */
        void commit(List<AtomicOutput> outs) throws IOException;

        void checkpoint();
    }

    private final RunContext ctx;
    private final List<OutputKind> kinds;
    private final List<Output> outputs = new ArrayList<>();

    RenderStep(RunContext ctx) {
        this.ctx = ctx;
        this.kinds = OutputRegistry.enabled(ctx);
        kinds.forEach(k -> outputs.add(k.newOutput()));
    }

    boolean hasOutputs() {
        return !outputs.isEmpty();
    }

    Job job(PlannedDocument doc, DocumentPipeline.Prepared p) {
        BatchOptions o = ctx.options();
        String organization = doc.overrides().organization() != null ? doc.overrides().organization() : o.organization();
        return new Job(p.bound(), p.review(), doc.outputName(), organization, doc.overrides().style(),
                creationEpoch(o, p.bound().metadata()));
    }

    /** What the outputs can tell without rendering; asked for every document so reports stay stable. */
    List<Finding> inspect(Job job) {
        List<Finding> findings = new ArrayList<>();
        outputs.forEach(out -> findings.addAll(out.inspect(job)));
        return findings;
    }

    /** Everything the outputs' bytes depend on, with the input file's own bytes. */
    String hash(PlannedDocument doc, Job job) throws IOException {
        StringBuilder key = new StringBuilder();
        key.append("careprint ").append(ToolVersion.get()).append('\n');
        key.append("glossary ").append(ctx.glossary().fingerprint()).append('\n');
        key.append("name ").append(job.name()).append('\n');
        for (int i = 0; i < outputs.size(); i++) {
            key.append(kinds.get(i).id()).append(' ').append(outputs.get(i).fingerprint(job)).append('\n');
        }
        key.append("review ").append(job.review()).append('\n');
        key.append("handout ").append(job.handout()).append('\n');
        MessageDigest sha = org.careprint.model.Sha256.digest();
        sha.update(key.toString().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(doc.file())) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Moves finished files into place together. When one move fails, the files this document had just put
     * in place that did not exist before are removed again, so a failed document leaves none of its new files.
     */
    static void commitAll(List<AtomicOutput> outs) throws IOException {
        List<Path> created = new ArrayList<>();
        try {
            for (AtomicOutput out : outs) {
                boolean existed = Files.exists(out.target(), java.nio.file.LinkOption.NOFOLLOW_LINKS);
                out.commit();
                if (!existed) {
                    created.add(out.target());
                }
            }
        } catch (IOException | RuntimeException e) {
            for (Path p : created) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort; the state does not list it, so the catalogue never shows it
                }
            }
            throw e;
        }
    }

    /** Renders every output; files appear only when all of them succeeded. */
    Outputs render(Job job, Map<String, Long> timings, List<Finding> findings, Committer committer) throws IOException {
        Path outDir = ctx.options().output();
        Map<String, AtomicOutput> open = new LinkedHashMap<>();
        List<WrittenFile> written = new ArrayList<>();
        List<Object> products = new ArrayList<>(); // handed on to later outputs of this document (output.Handoff)
        try {
            for (int i = 0; i < outputs.size(); i++) {
                committer.checkpoint();
                long t = System.nanoTime();
                Rendered r = outputs.get(i).render(job, name -> stream(open, outDir, name, ctx.inputFiles()),
                        new Handoff(products));
                products.addAll(r.products());
                written.addAll(r.files());
                findings.addAll(r.findings());
                timings.put(kinds.get(i).id() + "Ms", (System.nanoTime() - t) / 1_000_000L);
            }
            committer.commit(new ArrayList<>(open.values()));
        } finally {
            for (AtomicOutput out : open.values()) {
                out.close();
            }
        }
        List<OutputFile> files = new ArrayList<>();
        for (WrittenFile w : written) {
            AtomicOutput out = open.get(w.name());
            long size = out != null ? out.bytes() : Files.size(outDir.resolve(w.name()));
            files.add(new OutputFile(w.role(), w.name(), size, w.label(), w.summary(), w.figures(),
                    out != null ? out.sha256() : AtomicOutput.sha256Of(outDir.resolve(w.name()))));
        }
        return new Outputs(files);
    }

    private static OutputStream stream(Map<String, AtomicOutput> open, Path outDir, String name, java.util.Set<Path> inputs)
            throws IOException {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IOException("an output asked for a file outside the output folder: " + name);
        }
        if (inputs.contains(outDir.resolve(name).toAbsolutePath().normalize())) {
            // the output folder is also an input folder and NAME.txt is a page: never overwrite an input
            throw new org.careprint.model.CarePrintException("The output " + name + " would overwrite an input page of"
                    + " the same name in the output folder; choose another output folder with -o.");
        }
        AtomicOutput out = AtomicOutput.begin(outDir.resolve(name));
        open.put(name, out);
        return out.stream();
    }

    /** SOURCE_DATE_EPOCH, else the page's updated (or reviewed) date at 00:00 UTC, else 0: never the clock. */
    static long creationEpoch(BatchOptions o, Metadata m) {
        if (o.sourceDateEpoch() != null) {
            return o.sourceDateEpoch();
        }
        LocalDate date = m.updated() != null ? m.updated() : m.reviewed();
        return date == null ? 0L : date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
}
