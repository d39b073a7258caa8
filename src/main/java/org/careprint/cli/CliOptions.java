package org.careprint.cli;

import java.nio.file.Path;
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
        o.addOption(flag(null, "wait", "wait while another run uses the output folder (default: stop with exit 2)"));
        o.addOption(flag(null, "prune", "delete the outputs of pages whose input is gone (listed first)"));
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
        o.addOption(flag(null, "wait", "wait while another run uses the output folder (default: stop with exit 2)"));
        o.addOption(flag("h", "help", "show this help"));
        return o;
    }

    static Options shared() {
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
        o.addOption(flag(null, "epub", "write NAME.epub, a read-along book (default when audio is made)"));
        o.addOption(flag(null, "no-epub", "do not make read-along books"));
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

    static Option flag(String shortName, String longName, String description) {
        return Option.builder(shortName).longOpt(longName).desc(description).get();
    }

    static Option value(String shortName, String longName, String argName, String description) {
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
            b.paper(OptionValues.oneOf("--paper", cl.getOptionValue("paper"), "letter", "a4"));
        }
        b.organization(cl.getOptionValue("org"));
        b.showOverdue(cl.hasOption("show-overdue"));
        if (cl.hasOption("audio-url")) {
            b.audioUrl(OptionValues.audioUrl(cl.getOptionValue("audio-url")));
        }
        b.pdf(!cl.hasOption("no-pdf"));
        b.audio(!cl.hasOption("no-audio"));
        b.transcript(cl.hasOption("transcript"));
        b.epub(!cl.hasOption("no-epub") && (cl.hasOption("epub") || !cl.hasOption("no-audio")));
        if (cl.hasOption("audio-format")) {
            b.audioFormat(OptionValues.oneOf("--audio-format", cl.getOptionValue("audio-format"), "mp3", "wav"));
        }
        if (cl.hasOption("rate")) {
            b.rate(OptionValues.intIn("--rate", cl.getOptionValue("rate"), BatchOptions.MIN_RATE, BatchOptions.MAX_RATE));
        }
        if (cl.hasOption("bitrate")) {
            b.bitrate(OptionValues.bitrate(cl.getOptionValue("bitrate")));
        }
        if (cl.hasOption("loudness")) {
            b.loudness(OptionValues.lufs(cl.getOptionValue("loudness")));
        }
        if (cl.hasOption("voice")) {
            String voice = OptionValues.oneOf("--voice", cl.getOptionValue("voice"), Voices.NAMES.toArray(String[]::new));
            if (!cl.hasOption("no-audio")) {
                Voices.choice(voice); // an engine that is not installed is one usage error, before any document
            }
            b.voice(voice);
        }
        if (cl.hasOption("audio-glossary")) {
            b.audioGlossary(OptionValues.oneOf("--audio-glossary", cl.getOptionValue("audio-glossary"), "inline", "end", "none"));
        }
        for (String v : values(cl, "lexicon")) {
            b.lexicon(Path.of(v));
        }
        for (String v : values(cl, "glossary")) {
            b.glossary(Path.of(v));
        }
        b.autoTerms(cl.hasOption("auto-terms"));
        if (cl.hasOption("dictionary")) {
            b.dictionary(OptionValues.oneOf("--dictionary", cl.getOptionValue("dictionary"), "nci"));
        }
        if (cl.hasOption("cache-dir")) {
            b.cacheDir(Path.of(cl.getOptionValue("cache-dir")));
        }
        b.reviewCycle(cl.getOptionValue("review-cycle"));
        if (cl.hasOption("today")) {
            b.today(OptionValues.date(cl.getOptionValue("today")));
        }
        if (cl.hasOption("max-size")) {
            b.maxBytes(OptionValues.size(cl.getOptionValue("max-size")));
        }
        if (cl.hasOption("encoding")) {
            b.encoding(OptionValues.charset(cl.getOptionValue("encoding")));
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
            b.jobs(OptionValues.intIn("--jobs", cl.getOptionValue("jobs"), 1, 1024));
        }
        if (cl.hasOption("doc-timeout")) {
            b.docTimeoutMillis(1000L * OptionValues.intIn("--doc-timeout", cl.getOptionValue("doc-timeout"), 0, 86_400));
        }
        b.force(cl.hasOption("force"));
        b.waitForLock(cl.hasOption("wait"));
        b.prune(cl.hasOption("prune"));
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
}
