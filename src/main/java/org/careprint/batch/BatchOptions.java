package org.careprint.batch;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.careprint.audio.AudioOptions;
import org.careprint.audio.Voices;
import org.careprint.source.LoadOptions;

/**
 * Everything a build or check run is told on the command line. Build one with {@link #builder()}.
 *
 * @param reviewCycle     --review-cycle text, or null for the policy default
 * @param encoding        null = strict UTF-8
 * @param manifest        --manifest YAML file, or null
 * @param sourceDateEpoch SOURCE_DATE_EPOCH, or null when unset
 * @param dictionary      --dictionary: null (none) or "nci"
 * @param cacheDir        --cache-dir for outside-dictionary answers, or null for ~/.cache/careprint
 * @param dropSections    --drop-section titles: sections left out of every handout (case-insensitive)
 * @param loudness        --loudness target of audio editions, LUFS
 * @param audioGlossary   --audio-glossary: inline, end or none
 * @param transcript      --transcript: also write NAME.txt, a plain-text transcript
 * @param epub            --epub / --no-epub: write NAME.epub, a read-along book (the CLI turns it on with audio)
 * @param voice           --voice of audio editions: kevin (default), rms, awb or slt
 * @param docTimeoutMillis --doc-timeout in milliseconds: a document taking longer fails with a timeout error; 0 = no limit
 * @param waitForLock     --wait: wait while another run holds the output folder instead of stopping (exit 2)
 * @param prune           --prune: delete the outputs of documents whose input is gone
 */
public record BatchOptions(
        Path output, String style, String paper, String organization, boolean showOverdue, String audioUrl,
        boolean pdf, boolean audio, String audioFormat, int rate, int bitrate, List<Path> lexicons,
        List<Path> glossaries, boolean autoTerms, String reviewCycle, LocalDate today, long maxBytes,
        Charset encoding, boolean dayFirst, boolean spelling, boolean strict, int jobs, boolean force,
        boolean quiet, boolean verbose, Path manifest, Shard shard, Long sourceDateEpoch, String dictionary,
        Path cacheDir, List<String> dropSections, double loudness, String audioGlossary, long docTimeoutMillis,
        boolean transcript, boolean waitForLock, boolean prune, boolean epub, String voice) {

    public static final String DEFAULT_STYLE = "large";
    /** --doc-timeout default: seconds one document may take (read, check, PDF, audio). */
    public static final int DEFAULT_DOC_TIMEOUT = 120;
    /** --rate range: what the audio output can reach, so a bad rate is one usage error, not a failure per page. */
    public static final int MIN_RATE = AudioOptions.MIN_RATE;
    public static final int MAX_RATE = AudioOptions.MAX_RATE;

    public BatchOptions {
        lexicons = List.copyOf(lexicons);
        glossaries = List.copyOf(glossaries);
        dropSections = dropSections == null ? List.of() : List.copyOf(dropSections);
    }

    public static Builder builder() {
        return new Builder();
    }

    public LoadOptions loadOptions() {
        return new LoadOptions(maxBytes, encoding, dayFirst, dropSections);
    }

    /** Fluent builder with the documented defaults. */
    public static final class Builder {
        private Path output = Path.of("out");
        private String style = DEFAULT_STYLE;
        private String paper = "letter";
        private String organization;
        private boolean showOverdue;
        private String audioUrl;
        private boolean pdf = true;
        private boolean audio = true;
        private String audioFormat = "mp3";
        private int rate = 150;
        private int bitrate = 40;
        private final List<Path> lexicons = new ArrayList<>();
        private final List<Path> glossaries = new ArrayList<>();
        private boolean autoTerms;
        private String reviewCycle;
        private LocalDate today = LocalDate.now();
        private long maxBytes = LoadOptions.DEFAULT_MAX_BYTES;
        private Charset encoding;
        private boolean dayFirst;
        private boolean spelling;
        private boolean strict;
        private int jobs = Runtime.getRuntime().availableProcessors();
        private boolean force;
        private boolean quiet;
        private boolean verbose;
        private Path manifest;
        private Shard shard = Shard.ALL;
        private Long sourceDateEpoch;
        private String dictionary;
        private Path cacheDir;
        private final List<String> dropSections = new ArrayList<>();
        private double loudness = AudioOptions.DEFAULT_LOUDNESS;
        private String audioGlossary = AudioOptions.DEFAULT_GLOSSARY;
        private long docTimeoutMillis = DEFAULT_DOC_TIMEOUT * 1000L;
        private boolean transcript;
        private boolean waitForLock;
        private boolean prune;
        private boolean epub;
        private String voice = Voices.DEFAULT;

        public Builder output(Path v) { output = v; return this; }
        public Builder style(String v) { style = v; return this; }
        public Builder paper(String v) { paper = v; return this; }
        public Builder organization(String v) { organization = v; return this; }
        public Builder showOverdue(boolean v) { showOverdue = v; return this; }
        public Builder audioUrl(String v) { audioUrl = v; return this; }
        public Builder pdf(boolean v) { pdf = v; return this; }
        public Builder audio(boolean v) { audio = v; return this; }
        public Builder audioFormat(String v) { audioFormat = v; return this; }
        public Builder rate(int v) { rate = v; return this; }
        public Builder bitrate(int v) { bitrate = v; return this; }
        public Builder lexicon(Path v) { lexicons.add(v); return this; }
        public Builder glossary(Path v) { glossaries.add(v); return this; }
        public Builder autoTerms(boolean v) { autoTerms = v; return this; }
        public Builder reviewCycle(String v) { reviewCycle = v; return this; }
        public Builder today(LocalDate v) { today = v; return this; }
        public Builder maxBytes(long v) { maxBytes = v; return this; }
        public Builder encoding(Charset v) { encoding = v; return this; }
        public Builder dayFirst(boolean v) { dayFirst = v; return this; }
        public Builder spelling(boolean v) { spelling = v; return this; }
        public Builder strict(boolean v) { strict = v; return this; }
        public Builder jobs(int v) { jobs = v; return this; }
        public Builder force(boolean v) { force = v; return this; }
        public Builder quiet(boolean v) { quiet = v; return this; }
        public Builder verbose(boolean v) { verbose = v; return this; }
        public Builder manifest(Path v) { manifest = v; return this; }
        public Builder shard(Shard v) { shard = v; return this; }
        public Builder sourceDateEpoch(Long v) { sourceDateEpoch = v; return this; }
        public Builder dictionary(String v) { dictionary = v; return this; }
        public Builder cacheDir(Path v) { cacheDir = v; return this; }
        public Builder dropSection(String v) { dropSections.add(v); return this; }
        public Builder loudness(double v) { loudness = v; return this; }
        public Builder audioGlossary(String v) { audioGlossary = v; return this; }
        public Builder docTimeoutMillis(long v) { docTimeoutMillis = v; return this; }
        public Builder transcript(boolean v) { transcript = v; return this; }
        public Builder waitForLock(boolean v) { waitForLock = v; return this; }
        public Builder prune(boolean v) { prune = v; return this; }
        public Builder epub(boolean v) { epub = v; return this; }
        public Builder voice(String v) { voice = v; return this; }

        public BatchOptions build() {
            return new BatchOptions(output, style, paper, organization, showOverdue, audioUrl, pdf, audio,
                    audioFormat, rate, bitrate, lexicons, glossaries, autoTerms, reviewCycle, today, maxBytes,
                    encoding, dayFirst, spelling, strict, Math.max(1, jobs), force, quiet, verbose, manifest,
                    shard, sourceDateEpoch, dictionary, cacheDir, dropSections, loudness, audioGlossary,
                    Math.max(0, docTimeoutMillis), transcript, waitForLock, prune, epub, voice);
        }
    }
}
