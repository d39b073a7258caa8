package org.careprint.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/**
 * Several handouts as one programme: one MP3 with a chapter per handout and per section inside it (flat, under
 * one ordered ID3 CTOC), and one WebVTT — the audio companion of a booklet, for CDs and USB sticks.
 *
 * <p>Each part is rendered exactly as its single audio edition is, through the public
 * {@link AudioRenderer#render} (same voice, script, rate calibration, loudness target and re-check after
 * encoding), so loudness, rate and reproducibility are those of single editions. The part's own ID3 tag is
 * dropped and its MP3 frames appended: each part is a fresh LAME stream, so part {@code i} starts at the
 * samples its predecessors' frames carry (counted from the frame headers) and its {@link Timeline} is shifted by
 * exactly that. Chapters: a part's opening chapter takes the part's title and starts where the part's stream
 * starts; its other chapters are titled "PART: SECTION". Chapters thus tile the whole file, in order.
 *
 * <p>Memory: one part's PCM at a time, plus the whole programme's MP3 bytes (40 kbps: 18 MB an hour).
 */
public final class AudioProgramme {
    /** One handout of the programme. */
    public record Part(String title, Handout handout, ReviewInfo review) {
    }

    /**
     * What the programme measured.
     *
     * @param timeline     cues and chapters of the whole file, in samples of its rate
     * @param parts        each part's own result (loudness and true peak measured on its encoded frames)
     * @param loudnessLufs the parts' integrated loudness, energy-averaged over their durations
     * @param truePeakDbtp the highest true peak of any part (parts join in silence)
     * @param overallWpm   the parts' overall speaking rate, averaged over their durations
     */
    public record Result(Timeline timeline, List<AudioResult> parts, double loudnessLufs, double truePeakDbtp,
                         double overallWpm, String voice) {
        public Result {
            parts = List.copyOf(parts);
        }

        public double durationSeconds() {
            return timeline.seconds();
        }
    }

    private final AudioRenderer renderer;
    private final String organization;

    /** Always MP3 (ID3 chapters need it): {@code options.format()} is ignored. */
    public AudioProgramme(AudioOptions options) {
        this(options, FreeTtsVoice.KEVIN16);
    }

    public AudioProgramme(AudioOptions options, SpeechEngine.Choice voice) {
        AudioOptions o = options == null ? AudioOptions.defaults() : options;
        this.organization = o.organization();
        this.renderer = new AudioRenderer(new AudioOptions("mp3", o.wordsPerMinute(), o.bitrateKbps(),
                o.organization(), o.lexicons(), o.loudnessLufs(), o.showOverdue(), o.glossary()), voice);
    }

    /** The renderer's fingerprint (voice, lexicons, options): equal fingerprints and parts give equal bytes. */
    public String fingerprint() {
        return renderer.fingerprint();
    }

    /**
     * Renders {@code parts} in order and writes the tagged MP3 to {@code mp3} and the captions to {@code vtt}.
     *
     * @param title   ID3 title of the whole programme
     * @param year    ID3 recording year, or null
     * @param comment ID3 comment (e.g. review dates), or null
     */
    public Result render(String title, String year, String comment, List<Part> parts, OutputStream mp3,
                         OutputStream vtt) throws IOException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a programme needs at least one part");
        }
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        List<Timeline.Cue> cues = new ArrayList<>();
        List<Timeline.Chapter> chapters = new ArrayList<>();
        List<AudioResult> results = new ArrayList<>();
        int rate = 0;
        long offset = 0;
        String voice = null;
        for (Part part : parts) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            AudioResult r = renderer.render(part.handout(), part.review(), one, OutputStream.nullOutputStream());
            byte[] bytes = one.toByteArray();
            int start = id3Length(bytes);
            Timeline t = r.timeline();
            if (rate != 0 && t.sampleRate() != rate) {
                throw new IllegalStateException("parts at " + rate + " and " + t.sampleRate() + " Hz");
            }
            rate = t.sampleRate();
            voice = r.voice();
            for (Timeline.Cue c : t.cues()) {
                cues.add(new Timeline.Cue(c.text(), offset + c.start(), offset + c.end()));
            }
            for (int i = 0; i < t.chapters().size(); i++) {
                Timeline.Chapter c = t.chapters().get(i);
                chapters.add(new Timeline.Chapter(i == 0 ? part.title() : part.title() + ": " + c.title(),
                        i == 0 ? offset : offset + c.start(), 0));
            }
            frames.write(bytes, start, bytes.length - start);
            offset += frameSamples(bytes, start);
            results.add(r);
        }
        Timeline timeline = new Timeline(rate, offset, cues, tiled(chapters, offset));
        mp3.write(Id3Tagger.tag(title, organization, year, comment, timeline));
        frames.writeTo(mp3);
        mp3.flush();
        WebVttWriter.write(timeline, vtt);
        return new Result(timeline, results, energyMean(results), results.stream()
                .mapToDouble(AudioResult::truePeakDbtp).max().orElse(Double.NaN), weighted(results), voice);
    }

    /** Each chapter ends where the next starts, the last at the end of the file. */
    private static List<Timeline.Chapter> tiled(List<Timeline.Chapter> chapters, long length) {
        List<Timeline.Chapter> out = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            long end = i + 1 < chapters.size() ? chapters.get(i + 1).start() : length;
            out.add(new Timeline.Chapter(chapters.get(i).title(), chapters.get(i).start(), end));
        }
        return out;
    }

    private static double energyMean(List<AudioResult> parts) {
        double energy = 0;
        double seconds = 0;
        for (AudioResult r : parts) {
            energy += r.durationSeconds() * Math.pow(10, r.loudnessLufs() / 10);
            seconds += r.durationSeconds();
        }
        return 10 * Math.log10(energy / seconds);
    }

    private static double weighted(List<AudioResult> parts) {
        double sum = 0;
        double seconds = 0;
        for (AudioResult r : parts) {
            sum += r.overallWpm() * r.durationSeconds();
            seconds += r.durationSeconds();
        }
        return sum / seconds;
    }

    /** Bytes of a leading ID3v2 tag (header, body and footer), or 0. */
    static int id3Length(byte[] b) {
        if (b.length < 10 || b[0] != 'I' || b[1] != 'D' || b[2] != '3') {
            return 0;
        }
        int size = (b[6] & 0x7F) << 21 | (b[7] & 0x7F) << 14 | (b[8] & 0x7F) << 7 | (b[9] & 0x7F);
        return 10 + size + ((b[5] & 0x10) != 0 ? 10 : 0);
    }

    private static final int[] KBPS_V1 = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] KBPS_V2 = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[] RATES_V1 = {44100, 48000, 32000};

    /**
     * Samples carried by the Layer III frames from {@code from} on, read from each frame header (MPEG-1: 1152 per
     * frame; MPEG-2 and 2.5: 576).
     */
    static long frameSamples(byte[] b, int from) {
        long samples = 0;
        int p = from;
        while (p + 4 <= b.length) {
            int h = (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
            int version = h >>> 19 & 3; // 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5
            int bitrate = h >>> 12 & 15;
            int rateIndex = h >>> 10 & 3;
            if ((h >>> 21) != 0x7FF || version == 1 || (h >>> 17 & 3) != 1 || bitrate == 0 || bitrate == 15
                    || rateIndex == 3) {
                throw new IllegalStateException("not an MP3 Layer III frame at byte " + p);
            }
            boolean v1 = version == 3;
            int sampleRate = RATES_V1[rateIndex] / (v1 ? 1 : version == 2 ? 2 : 4);
            int kbps = (v1 ? KBPS_V1 : KBPS_V2)[bitrate];
            int length = (v1 ? 144 : 72) * kbps * 1000 / sampleRate + (h >>> 9 & 1);
            samples += v1 ? 1152 : 576;
            p += length;
        }
        return samples;
    }
}
