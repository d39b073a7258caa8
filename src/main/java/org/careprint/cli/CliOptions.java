package org.careprint.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.careprint.audio.Voices;
import org.careprint.batch.BatchOptions;
import org.careprint.batch.Shard;
import org.careprint.model.CarePrintException;

/** The command-line options of each command, and their mapping onto {@link BatchOptions}. */
final class CliOptions {
    private CliOptions() {
    }

    static Options build() {
        Options o = shared();
        o.addOption(flag(null, "spelling", "also run the (slow to start) spelling check"));
        return o;
    }

    static Options check() {
        Options o = shared();
        o.addOption(flag(null, "json", "print one JSON object per document instead of text lines"));
        return o;
    }

    static Options merge() {
        Options o = new Options();
        o.addOption(value("o", "output", "DIR", "folder for the merged report, index and outputs (required)"));
        o.addOption(flag("q", "quiet", "print nothing but errors"));
        o.addOption(flag(null, "verbose", "print stack traces for unexpected errors"));
        o.addOption(flag("h", "help", "show this help"));
        return o;
    }

    private static Options shared() {
        Options o = new Options();
        o.addOption(value("o", "output", "DIR", "output folder (default: out)"));
        o.addOption(value(null, "style", "NAME|FILE", "print style: large (default), giant, high-contrast, or a YAML file"));
        o.addOption(value(null, "paper", "SIZE", "letter (default) or a4"));
        o.addOption(value(null, "org", "NAME", "organization printed on handouts and tagged in audio"));
        o.addOption(flag(null, "show-overdue", "print 'Review overdue' on handouts past their review date"));
        o.addOption(value(null, "audio-url", "BASE", "web folder where audio is published; adds a QR code to each handout"));
        o.addOption(flag(null, "no-pdf", "do not make PDF handouts"));
        o.addOption(flag(null, "no-audio", "do not make audio editions"));
        o.addOption(flag(null, "transcript", "also write NAME.txt, a plain-text transcript"));
        o.addOption(value(null, "audio-format", "FORMAT", "mp3 (default) or wav"));
        o.addOption(value(null, "rate", "WPM", "speaking rate in words per minute (default 150)"));
        o.addOption(value(null, "bitrate", "KBPS", "MP3 bitrate (default 40)"));
        o.addOption(value(null, "loudness", "LUFS", "audio loudness target, -40 to -10 LUFS (default -19)"));
        o.addOption(value(null, "voice", "NAME", "audio voice: kevin (default, built in) or flite's rms, awb, slt"));
        o.addOption(value(null, "audio-glossary", "WHERE", "definitions in audio: inline (default), end or none"));
        o.addOption(repeatable("lexicon", "FILE", "extra pronunciation lexicon (PLS); repeatable"));
        o.addOption(repeatable("glossary", "FILE", "extra glossary (YAML or CSV); repeatable, later files win"));
        o.addOption(flag(null, "auto-terms", "mark the first use of known terms in pages without markers"));
        o.addOption(value(null, "dictionary", "NAME", "also ask an outside dictionary for terms no glossary defines: nci"));
        o.addOption(value(null, "cache-dir", "DIR", "where outside-dictionary answers are kept (default ~/.cache/careprint)"));
        o.addOption(value(null, "review-cycle", "CYCLE", "review cycle: 18m, 2y, 90d, quarterly... (default 3y)"));
        o.addOption(value(null, "today", "DATE", "date (YYYY-MM-DD) reviews are measured against (default: today)"));
        o.addOption(value(null, "max-size", "BYTES", "largest input accepted, e.g. 1M (default), 512k, 2000000"));
        o.addOption(value(null, "encoding", "NAME", "decode inputs with this charset instead of strict UTF-8"));
        o.addOption(flag(null, "day-first", "read numeric dates as day/month/year"));
        o.addOption(repeatable("drop-section", "TITLE", "leave out the section with this heading (case-insensitive); repeatable"));
        o.addOption(flag(null, "strict", "exit with 1 when any document has warnings"));
        o.addOption(value("j", "jobs", "N", "worker threads (default: number of cores)"));
        o.addOption(value(null, "doc-timeout", "SECONDS", "time budget of one document; over it, the document fails with 'timeout' (default 120, 0 = none)"));
        o.addOption(flag(null, "force", "rebuild every document even if unchanged"));
        o.addOption(flag("q", "quiet", "print nothing but errors"));
        o.addOption(flag("v", "verbose", "more detail, with stack traces for unexpected errors"));
        o.addOption(value(null, "manifest", "FILE", "YAML list of inputs with per-document overrides"));
        o.addOption(value(null, "shard", "K/N", "process only slice K of N (for running on several machines)"));
        o.addOption(flag("h", "help", "show this help"));
        return o;
    }

    private static Option flag(String shortName, String longName, String description) {
        return Option.builder(shortName).longOpt(longName).desc(description).get();
    }

    private static Option value(String shortName, String longName, String argName, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(argName).desc(description).get();
    }

    private static Option repeatable(String longName, String argName, String description) {
        return Option.builder().longOpt(longName).hasArg().argName(argName).desc(description).get();
    }

    /** Maps a parsed build/check command line; bad values throw CarePrintException (exit 2). */
    static BatchOptions toBatchOptions(CommandLine cl, String sourceDateEpoch) {
        BatchOptions.Builder b = BatchOptions.builder();
        if (cl.hasOption("output")) {
            b.output(Path.of(cl.getOptionValue("output")));
        }
        if (cl.hasOption("style")) {
            b.style(cl.getOptionValue("style"));
        }
        if (cl.hasOption("paper")) {
            b.paper(oneOf("--paper", cl.getOptionValue("paper"), "letter", "a4"));
        }
        b.organization(cl.getOptionValue("org"));
        b.showOverdue(cl.hasOption("show-overdue"));
        if (cl.hasOption("audio-url")) {
            b.audioUrl(audioUrl(cl.getOptionValue("audio-url")));
        }
        b.pdf(!cl.hasOption("no-pdf"));
        b.audio(!cl.hasOption("no-audio"));
        b.transcript(cl.hasOption("transcript"));
        if (cl.hasOption("audio-format")) {
            b.audioFormat(oneOf("--audio-format", cl.getOptionValue("audio-format"), "mp3", "wav"));
        }
        if (cl.hasOption("rate")) {
            b.rate(intIn("--rate", cl.getOptionValue("rate"), BatchOptions.MIN_RATE, BatchOptions.MAX_RATE));
        }
        if (cl.hasOption("bitrate")) {
            b.bitrate(bitrate(cl.getOptionValue("bitrate")));
        }
        if (cl.hasOption("loudness")) {
            b.loudness(lufs(cl.getOptionValue("loudness")));
        }
        if (cl.hasOption("voice")) {
            String voice = oneOf("--voice", cl.getOptionValue("voice"), Voices.NAMES.toArray(String[]::new));
            if (!cl.hasOption("no-audio")) {
                Voices.choice(voice); // an engine that is not installed is one usage error, before any document
            }
            b.voice(voice);
        }
        if (cl.hasOption("audio-glossary")) {
            b.audioGlossary(oneOf("--audio-glossary", cl.getOptionValue("audio-glossary"), "inline", "end", "none"));
        }
        for (String v : values(cl, "lexicon")) {
            b.lexicon(Path.of(v));
        }
        for (String v : values(cl, "glossary")) {
            b.glossary(Path.of(v));
        }
        b.autoTerms(cl.hasOption("auto-terms"));
        if (cl.hasOption("dictionary")) {
            b.dictionary(oneOf("--dictionary", cl.getOptionValue("dictionary"), "nci"));
        }
        if (cl.hasOption("cache-dir")) {
            b.cacheDir(Path.of(cl.getOptionValue("cache-dir")));
        }
        b.reviewCycle(cl.getOptionValue("review-cycle"));
        if (cl.hasOption("today")) {
            b.today(date(cl.getOptionValue("today")));
        }
        if (cl.hasOption("max-size")) {
            b.maxBytes(size(cl.getOptionValue("max-size")));
        }
        if (cl.hasOption("encoding")) {
            b.encoding(charset(cl.getOptionValue("encoding")));
        }
        b.dayFirst(cl.hasOption("day-first"));
        for (String v : values(cl, "drop-section")) {
            if (v.isBlank()) {
                throw new CarePrintException("--drop-section needs a section title, e.g. --drop-section \"About This PDQ Summary\".");
            }
            b.dropSection(v);
        }
        b.spelling(cl.hasOption("spelling"));
        b.strict(cl.hasOption("strict"));
        if (cl.hasOption("jobs")) {
            b.jobs(intIn("--jobs", cl.getOptionValue("jobs"), 1, 1024));
        }
        if (cl.hasOption("doc-timeout")) {
            b.docTimeoutMillis(1000L * intIn("--doc-timeout", cl.getOptionValue("doc-timeout"), 0, 86_400));
        }
        b.force(cl.hasOption("force"));
        b.quiet(cl.hasOption("quiet"));
        b.verbose(cl.hasOption("verbose"));
        if (cl.hasOption("manifest")) {
            b.manifest(Path.of(cl.getOptionValue("manifest")));
        }
        if (cl.hasOption("shard")) {
            b.shard(Shard.parse(cl.getOptionValue("shard")));
        }
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            try {
                b.sourceDateEpoch(Long.parseLong(sourceDateEpoch.trim()));
            } catch (NumberFormatException e) {
                throw new CarePrintException("SOURCE_DATE_EPOCH='" + sourceDateEpoch
                        + "' is not a number of seconds; unset it or give e.g. 1700000000.");
            }
        }
        return b.build();
    }

    private static String[] values(CommandLine cl, String name) {
        String[] v = cl.getOptionValues(name);
        return v == null ? new String[0] : v;
    }

    static String oneOf(String option, String value, String... allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return a;
            }
        }
        throw new CarePrintException(option + " '" + value + "' is not valid; use " + String.join(" or ", allowed) + ".");
    }

    static int intIn(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CarePrintException(option + " '" + value + "' is not valid; give a whole number from " + min + " to " + max + ".");
    }

    /** A loudness target in LUFS: a number from −40 to −10 ("-19", "-16.5"). */
    static double lufs(String value) {
        try {
            double v = Double.parseDouble(value.trim().replace('\u2212', '-'));
            if (v >= -40 && v <= -10) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CarePrintException("--loudness '" + value + "' is not valid; give a loudness from -40 to -10 LUFS "
                + "(-19 is the default for mono speech).");
    }

    /** The bitrates the MP3 encoder takes at 16 kHz mono (MPEG-2 Layer III); anything else fails in LAME. */
    static final List<Integer> MP3_BITRATES = List.of(8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160);
    /** Longest --audio-url: the QR code of BASE/NAME.mp3 must stay small enough to print and scan. */
    static final int MAX_AUDIO_URL = 500;

    static int bitrate(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (MP3_BITRATES.contains(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CarePrintException("--bitrate '" + value + "' is not valid; give an MP3 bitrate from 8 to 160 kbps: "
                + MP3_BITRATES.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ".");
    }

    static String audioUrl(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > MAX_AUDIO_URL || v.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new CarePrintException("--audio-url is not valid (" + v.length() + " characters); give a web address of 1 to "
                    + MAX_AUDIO_URL + " characters without spaces or control characters, e.g. https://example.org/audio.");
        }
        return v;
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CarePrintException("--today '" + value + "' is not a date; use YYYY-MM-DD, e.g. 2025-03-01.");
        }
    }

    /** "1M", "512k", "2MB", "1500000" (k and M are 1024-based). */
    static long size(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replaceAll("i?b$", "");
        long unit = 1;
        if (v.endsWith("k")) {
            unit = 1024L;
        } else if (v.endsWith("m")) {
            unit = 1024L * 1024L;
        } else if (v.endsWith("g")) {
            unit = 1024L * 1024L * 1024L;
        }
        if (unit > 1) {
            v = v.substring(0, v.length() - 1).trim();
        }
        try {
            double n = Double.parseDouble(v);
            if (n > 0 && !Double.isInfinite(n)) {
                return (long) (n * unit);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CarePrintException("--max-size '" + value + "' is not a size; use e.g. 1M, 512k or 2000000.");
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (RuntimeException e) {
            throw new CarePrintException("--encoding '" + name + "' is not a known character set; use e.g. ISO-8859-1 or windows-1252.");
        }
    }
}
