package org.careprint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.ReadResult;

/** Reads one input file into the model, choosing the reader by extension with content sniffing as fallback. */
public final class DocumentLoader {
    private final LoadOptions options;

    public DocumentLoader(LoadOptions options) {
        this.options = options;
    }

    /** True for .txt, .md, .markdown, .html, .htm (case-insensitive). */
    public static boolean isSupported(Path file) {
        Path name = file.getFileName();
        return name != null && Format.byName(name.toString()).filter(f -> !name.toString().toLowerCase(
                java.util.Locale.ROOT).endsWith(".text")).isPresent();
    }

    /** Never throws for bad content: unreadable input gives {@link ReadResult#unreadable}. */
    public ReadResult load(Path file) {
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return ReadResult.unreadable(Finding.error("too-large", 0, "The file is " + size
                        + " bytes, over the " + options.maxBytes() + "-byte limit; split it or raise --max-size."));
            }
            return read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return ReadResult.unreadable(Finding.error("unreadable", 0,
                    "The file could not be opened (" + e.getClass().getSimpleName() + "); check it exists and is readable."));
        }
    }

    /** Reads bytes already in memory; {@code sourceName} picks the reader by extension and names the source. */
    public ReadResult read(String sourceName, byte[] bytes) {
        InputGuard.Outcome outcome = new InputGuard(options).check(bytes);
        if (outcome.problem() != null) {
            return ReadResult.unreadable(outcome.problem());
        }
        Format format = Format.byName(sourceName).orElseGet(() -> Format.sniff(outcome.text()));
        try {
            Mojibake.Result repaired = Mojibake.repair(outcome.text());
            ReadResult read = readerFor(format).read(sourceName, repaired.text());
            if (repaired.findings().isEmpty() || !read.readable()) {
                return read;
            }
            List<Finding> findings = new ArrayList<>(repaired.findings());
            findings.addAll(read.findings());
            findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new ReadResult(read.handout(), findings, read.cruftRemoved());
        } catch (StackOverflowError e) {
            // a last net under the readers' depth guards: a nesting pattern they do not flatten yet
            return ReadResult.unreadable(Finding.error("unreadable", 0, "The page is nested too deeply (thousands of"
                    + " levels of quotes, lists or tags inside each other) to be read; simplify its structure."));
        } catch (RuntimeException e) {
            // readers are built never to throw; this net keeps one odd page from stopping a batch
            return ReadResult.unreadable(Finding.error("unreadable", 0, "The page could not be understood ("
                    + e.getClass().getSimpleName() + "); please report this file to the CarePrint maintainers."));
        }
    }

    /** The reader for a format, configured with this loader's options. */
    public DocumentReader readerFor(Format format) {
        switch (format) {
            case MARKDOWN:
                return new MarkdownReader(options);
            case HTML:
                return new HtmlReader(options);
            default:
                return new TextReader(options);
        }
    }
}
