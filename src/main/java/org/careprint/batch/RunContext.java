package org.careprint.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.careprint.check.CheckOptions;
import org.careprint.check.Checker;
import org.careprint.glossary.Dictionary;
import org.careprint.glossary.Glossary;
import org.careprint.glossary.NciDictionary;
import org.careprint.model.CarePrintException;
import org.careprint.print.PdfRenderer;
import org.careprint.print.Style;
import org.careprint.review.ReviewPolicy;

/**
 * What every worker shares during one run, all immutable or thread-safe: options, the merged glossary,
 * the checker, the review policy, loaded styles and fingerprints. Building it validates the configuration,
 * so a bad style, glossary, lexicon or review cycle stops the run before any document (exit code 2).
 */
public final class RunContext {
    private final BatchOptions options;
    private final Glossary glossary;
    private final Dictionary dictionary;
    private final Checker checker;
    private final ReviewPolicy policy;
    private final Map<String, Style> styles;
    private final String fontsFingerprint;
    private final BuildState previous;
    private final boolean render;
    private final java.util.Set<Path> inputFiles;

    private RunContext(BatchOptions options, Glossary glossary, Checker checker, ReviewPolicy policy,
                       Map<String, Style> styles, String fontsFingerprint, BuildState previous, boolean render,
                       java.util.Set<Path> inputFiles) {
        this.options = options;
        this.glossary = glossary;
        this.dictionary = dictionaryFor(options);
        this.checker = checker;
        this.policy = policy;
        this.styles = styles;
        this.fontsFingerprint = fontsFingerprint;
        this.previous = previous;
        this.render = render;
        this.inputFiles = inputFiles;
    }

    /**
     * @param render false for {@code check}: nothing is rendered, styles and fonts are not loaded
     * @param spelling whether the spelling rule runs
     */
    public static RunContext prepare(BatchOptions options, Collection<PlannedDocument> docs, boolean render,
                                     boolean spelling, BuildState previous) {
        for (Path lexicon : options.lexicons()) {
            if (!Files.isRegularFile(lexicon) || !Files.isReadable(lexicon)) {
                throw new CarePrintException("Lexicon " + lexicon + " cannot be read; check the path given to --lexicon.");
            }
        }
        // parsed here, once, even with --no-audio and for check: a malformed lexicon is a configuration error
        // (exit 2) before any document is touched, not an error in every document
        org.careprint.audio.Lexicon.load(options.lexicons());
        Glossary glossary = Glossary.builtIn();
        for (Path file : options.glossaries()) {
            if (!Files.isRegularFile(file)) {
                throw new CarePrintException("Glossary " + file + " cannot be read; check the path given to --glossary.");
            }
            glossary = glossary.overlay(Glossary.load(file));
        }
        ReviewPolicy policy = ReviewPolicy.defaults();
        if (options.reviewCycle() != null) {
            policy = new ReviewPolicy(ReviewPolicy.parseCycle(options.reviewCycle()), policy.dueWindowDays());
        }
        Map<String, Style> styles = new LinkedHashMap<>();
        for (PlannedDocument d : docs) {
            if (d.overrides().reviewCycle() != null) {
                ReviewPolicy.parseCycle(d.overrides().reviewCycle());
            }
            if (render && options.pdf()) {
                String key = styleKey(options, d);
                if (!styles.containsKey(key)) {
                    refuseSpecial(key, "style");
                    styles.put(key, Style.load(key));
                }
            }
        }
        if (render && options.pdf() && styles.isEmpty()) {
            styles.put(options.style(), Style.load(options.style()));
        }
        String fonts = render && options.pdf() ? PdfRenderer.fontsFingerprint() : "";
        Glossary merged = glossary;
        Checker checker = new Checker(new CheckOptions(spelling, merged::isKnownWord, options.today()));
        java.util.Set<Path> inputs = new java.util.HashSet<>();
        for (PlannedDocument d : docs) {
            inputs.add(d.file().toAbsolutePath().normalize());
            try {
                inputs.add(d.file().toRealPath());
            } catch (java.io.IOException | RuntimeException e) {
                // the absolute path is enough
            }
        }
        return new RunContext(options, merged, checker, policy, styles, fonts, previous, render, java.util.Set.copyOf(inputs));
    }

    /** A configuration file that is a named pipe or device would block the run: one clear error instead. */
    private static void refuseSpecial(String file, String what) {
        try {
            Path p = Path.of(file);
            if (Files.exists(p) && !Files.isRegularFile(p)) {
                throw new CarePrintException("The " + what + " file " + file + " is " + InputPlanner.kind(p)
                        + ", not a regular file; give a YAML file.");
            }
        } catch (java.nio.file.InvalidPathException e) {
            // not a path: a style name, checked by Style.load
        }
    }

    /** The same context with the state read under the output folder's lock. */
    public RunContext withPrevious(BuildState state) {
        return new RunContext(options, glossary, checker, policy, styles, fontsFingerprint, state, render, inputFiles);
    }

    static String styleKey(BatchOptions options, PlannedDocument d) {
        return d.overrides().style() != null ? d.overrides().style() : options.style();
    }

    public BatchOptions options() {
        return options;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** The outside dictionary terms may come from (--dictionary), or none. */
    public Dictionary dictionary() {
        return dictionary;
    }

    private static Dictionary dictionaryFor(BatchOptions options) {
        if (options.dictionary() == null) {
            return Dictionary.NONE;
        }
        String base = System.getenv(NciDictionary.BASE_ENV);
        Path cache = options.cacheDir() != null ? options.cacheDir() : NciDictionary.defaultCacheDir();
        return new NciDictionary(base == null || base.isBlank() ? NciDictionary.DEFAULT_BASE : base, cache);
    }

    public Checker checker() {
        return checker;
    }

    public ReviewPolicy policy() {
        return policy;
    }

    /** The report.json keys of the files the enabled outputs write, in order. */
    public java.util.List<String> outputRoles() {
        return render ? OutputRegistry.roles(OutputRegistry.enabled(this)) : java.util.List.of();
    }

    /** Every style this run uses, loaded and validated up front, by name. */
    public Map<String, Style> styles() {
        return styles;
    }

    public Style style(String key) {
        return styles.get(key);
    }

    public String fontsFingerprint() {
        return fontsFingerprint;
    }

    public BuildState previous() {
        return previous;
    }

    /** The input files of this run (absolute and real paths): no output may overwrite one. */
    public java.util.Set<Path> inputFiles() {
        return inputFiles;
    }

    public boolean render() {
        return render;
    }
}
