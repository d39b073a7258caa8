package org.careprint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.careprint.model.Finding;
import org.careprint.model.ReadResult;

/**
 * Reads one input file into the model, choosing the reader from the {@link Format} table by extension, with
 * content sniffing as fallback. Public: the batch layer reads every document through it.
 */
public final class DocumentLoader {
    private final LoadOptions options;

    public DocumentLoader(LoadOptions options) {
        this.options = options;
    }

    /** Whether a build takes this file as an input: its extension is in the reader table (case-insensitive). */
    public static boolean isSupported(Path file) {
        Path name = file.getFileName();
        return name != null && Format.isInput(name.toString());
    }

    /** The input extensions for a message, from the reader table: ".txt, .md, .markdown, .html or .htm". */
    public static String extensionList() {
        List<String> all = Format.extensionsInOrder();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
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
        InputGuard guard = new InputGuard(options);
        Format named = Format.byName(sourceName).orElse(null);
        if (named != null && named.input() == Format.Input.BYTES) {
            Finding problem = guard.checkBytes(bytes);
            return problem != null ? ReadResult.unreadable(problem)
                    : safely(() -> named.reader(options).read(sourceName, bytes));
        }
        InputGuard.Outcome outcome = guard.check(bytes);
        if (outcome.problem() != null) {
            return ReadResult.unreadable(outcome.problem());
        }
        Format format = named != null ? named : Format.sniff(outcome.text());
        return safely(() -> {
            Mojibake.Result repaired = Mojibake.repair(outcome.text());
            ReadResult read = format.reader(options).read(sourceName, repaired.text());
            if (repaired.findings().isEmpty() || !read.readable()) {
                return read;
            }
            List<Finding> findings = new ArrayList<>(repaired.findings());
            findings.addAll(read.findings());
            findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new ReadResult(read.handout(), findings, read.cruftRemoved());
        });
    }

    private static ReadResult safely(Supplier<ReadResult> read) {
        try {
            return read.get();
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
}
