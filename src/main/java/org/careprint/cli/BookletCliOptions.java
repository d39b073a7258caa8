package org.careprint.cli;

import java.time.LocalDate;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.careprint.batch.BatchOptions;
import org.careprint.booklet.BookletOptions;
import org.careprint.model.CarePrintException;

/** The options of {@code careprint booklet}: build's shared options less those that do not apply, plus its own. */
final class BookletCliOptions {
    private BookletCliOptions() {
    }

    /**
     * Options of build that do not apply to a booklet (per-handout outputs, the audio format — the companion is
     * always MP3, for its ID3 chapters — sharding, incremental builds). The audio options do apply: the audio
     * companion is made by default, as build makes audio editions, and --no-audio turns it off.
     */
    private static final java.util.Set<String> NOT_FOR_BOOKLET = java.util.Set.of("output", "audio-url", "no-pdf",
            "transcript", "audio-format", "shard", "force");

    static Options options() {
        Options o = new Options();
        o.addOption(CliOptions.value("o", "output", "BOOK.pdf", "the booklet file to write (required)"));
        for (Option option : CliOptions.shared().getOptions()) {
            if (!NOT_FOR_BOOKLET.contains(option.getLongOpt())) {
                o.addOption(option);
            }
        }
        o.addOption(CliOptions.value(null, "title", "TEXT", "title on the cover (default: Patient handouts)"));
        o.addOption(CliOptions.flag(null, "no-review-page", "leave out the staff page listing handouts overdue for review"));
        o.addOption(CliOptions.flag(null, "audio", "also write BOOK.mp3 (a chapter per handout and section) and BOOK.vtt"
                + " (the default; --no-audio turns it off)"));
        o.addOption(CliOptions.flag(null, "spelling", "also run the (slow to start) spelling check"));
        o.addOption(CliOptions.flag(null, "wait", "wait while another run uses the booklet's folder (default: stop with exit 2)"));
        return o;
    }

    /** The booklet's own options; the cover date is SOURCE_DATE_EPOCH's day, else --today, never the clock. */
    static BookletOptions toBookletOptions(CommandLine cl, BatchOptions options) {
        LocalDate printed = null;
        if (options.sourceDateEpoch() != null) {
            printed = java.time.Instant.ofEpochSecond(options.sourceDateEpoch()).atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate();
        } else if (cl.hasOption("today")) {
            printed = options.today();
        }
        if (cl.hasOption("audio") && cl.hasOption("no-audio")) {
            throw new CarePrintException("--audio and --no-audio contradict each other; give one of them.");
        }
        String title = cl.getOptionValue("title");
        if (title != null && title.isBlank()) {
            throw new CarePrintException("--title needs some text, e.g. --title \"Heart health handouts\".");
        }
        return new BookletOptions(title, options.organization(), printed,
                options.sourceDateEpoch(), !cl.hasOption("no-review-page"), options.showOverdue(), options.paper());
    }
}
