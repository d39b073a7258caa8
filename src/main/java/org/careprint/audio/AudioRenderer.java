package org.careprint.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careprint.model.CarePrintException;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/**
 * Speaks a bound handout: audio (MP3 with ID3 chapters, or WAV) plus a WebVTT transcript, both from one
 * {@link Timeline}. One per worker thread: it owns its voice (a {@link SpeechEngine}, FreeTTS kevin16 by default).
 */
public final class AudioRenderer {

    private final AudioOptions options;
    private final Lexicon lexicon;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final VoiceLoader voice;
    /** Lexicon words the voice says from their phones itself; null until the voice is first used. */
    private java.util.Set<String> ownWords;

    public AudioRenderer(AudioOptions options) {
        this(options, FreeTtsVoice.KEVIN16);
    }

    /** With another voice; it starts loading on a background thread at once, while the caller does other work. */
    public AudioRenderer(AudioOptions options, SpeechEngine.Choice voice) {
        this.options = validate(options == null ? AudioOptions.defaults() : options);
        this.lexicon = Lexicon.load(this.options.lexicons());
        this.voice = new VoiceLoader(voice);
    }

    public AudioResult render(Handout boundHandout, ReviewInfo review, OutputStream audioOut, OutputStream vttOut)
            throws IOException {
        SpeechScript script = script(boundHandout, review);
        Rendered r = synthesize(script);
        AudioTrack track = r.track();
        int rate = track.sampleRate();
        Timeline timeline = track.timeline();
        Loudness.Measure measured;
        if ("wav".equals(options.format())) {
            measured = Loudness.measure(track.buffer(), track.length(), rate);
            WavWriter.write(track.buffer(), track.length(), rate, audioOut);
        } else {
            stopIfInterrupted();
            byte[] mp3 = encode(track);
            measured = Loudness.measure(Mp3Encoder.decode(mp3), rate);
            // The coder's low-pass takes about half a LU off and its noise can lift peaks: when the file misses the
            // target by more than 0.2 LU or the ceiling at all, level the PCM again by the miss and encode once more.
            double miss = options.loudnessLufs() - measured.integratedLufs();
            double over = measured.truePeakDbtp() - Loudness.MAX_TRUE_PEAK_DBTP;
            if (Math.abs(miss) > 0.2 || over > 0) {
                double ceiling = Loudness.PCM_CEILING_DBTP - Math.max(0, over + 0.3);
                Loudness.normalize(track.buffer(), track.length(), rate, options.loudnessLufs() + miss, ceiling);
                mp3 = encode(track);
                measured = Loudness.measure(Mp3Encoder.decode(mp3), rate);
            }
            audioOut.write(Id3Tagger.tag(script.title(), options.organization(), year(boundHandout, review),
                    reviewComment(boundHandout, review), timeline));
            audioOut.write(mp3);
            audioOut.flush();
        }
        WebVttWriter.write(timeline, vttOut);
        return new AudioResult(track.seconds(), timeline.chapters().size(), measured.integratedLufs(),
                measured.truePeakDbtp(), r.speechWpm(), r.measuredWpm(), timeline, voice.choice().label());
    }

    private byte[] encode(AudioTrack track) {
        return Mp3Encoder.encode(track.buffer(), track.length(), track.silences(), track.sampleRate(),
                options.bitrateKbps(), Mp3Encoder.QUALITY);
    }

    /** Stable hash of the bundled and user lexicons, for incremental rebuilds. */
    public String lexiconFingerprint() {
        return lexicon.fingerprint();
    }

    /**
     * Everything that decides this renderer's output besides the handout: the voice (name and version, known
     * without waiting for it to load), the lexicons' contents and the validated options. Equal fingerprints and
     * equal input give byte-identical files; an incremental build keys on it.
     */
    public String fingerprint() {
        AudioOptions o = options;
        return "voice " + voice.choice().label() + "; lexicon " + lexicon.fingerprint() + "; format " + o.format()
                + "; rate " + o.wordsPerMinute() + "; bitrate " + o.bitrateKbps() + "; organization "
                + o.organization() + "; loudness " + o.loudnessLufs() + "; overdue " + o.showOverdue()
                + "; glossary " + o.glossary();
    }

    /** The script this renderer would speak (for checks and tests). */
    SpeechScript script(Handout boundHandout, ReviewInfo review) {
        return SpeechScript.of(boundHandout, review, normalizer, options.showOverdue(), options.glossary());
    }

    record Rendered(AudioTrack track, float stretch, int words) {
        double measuredWpm() {
            return RateCalibrator.measuredWpm(words, track.seconds());
        }

        /** Words per minute while the voice speaks: inserted silences left out. */
        double speechWpm() {
            double speech = track.speechSeconds();
            return speech <= 0 ? 0 : words * 60.0 / speech;
        }
    }

    /**
     * Script → leveled PCM with cue and chapter positions. Pace has two figures: the speech itself is slowed to
     * {@link RateCalibrator#speechRate} (≤ 165 wpm at the default 150), then the inserted pauses are scaled so the
     * whole programme comes to the requested rate (within what {@link RateCalibrator#pauseScale} allows).
     */
    Rendered synthesize(SpeechScript script) {
        List<Utterance> units = script.utterances();
        List<String> texts = new ArrayList<>(units.size());
        List<Double> predicted = new ArrayList<>(units.size());
        double pauses = 0;
        SpeechEngine voice = this.voice.get();
        for (int i = 0; i < units.size(); i++) {
            stopIfInterrupted();
            String text = respell(units.get(i).spoken());
            texts.add(text);
            predicted.add(voice.predictSeconds(text));
            if (i > 0) {
                pauses += gap(units.get(i - 1), units.get(i));
            }
        }
        double margins = voice.paddingSeconds();
        int words = script.spokenWords();
        double speechRate = RateCalibrator.speechRate(options.wordsPerMinute());
        float stretch = RateCalibrator.stretch(words, speechRate, predicted, 0, margins);
        List<Speech> speech = speakAll(voice, texts, stretch);
        double spoken = seconds(speech);
        double measuredSpeechRate = spoken <= 0 ? 0 : words * 60.0 / spoken;
        if (Math.abs(measuredSpeechRate / speechRate - 1) > 0.03 && stretch > RateCalibrator.MIN_STRETCH
                && stretch < RateCalibrator.MAX_STRETCH) {
            // The front end's prediction missed by more than 3 %: correct the stretch once from the real speech.
            float corrected = RateCalibrator.clamp((float) (stretch * measuredSpeechRate / speechRate));
            speech = speakAll(voice, texts, corrected);
            stretch = corrected;
            spoken = seconds(speech);
        }
        double scale = RateCalibrator.pauseScale(words, options.wordsPerMinute(), spoken, pauses);

        AudioTrack track = new AudioTrack(voice.sampleRate());
        track.silence(Pauses.LEAD_IN);
        for (int i = 0; i < units.size(); i++) {
            if (i > 0) {
                track.silence(gap(units.get(i - 1), units.get(i)) * scale);
            }
            Utterance u = units.get(i);
            List<String> pieces = new ArrayList<>(u.cues().size());
            u.cues().forEach(p -> pieces.add(respell(p.spoken())));
            track.speech(speech.get(i).pcm(), u, CueTimer.spans(pieces, speech.get(i)));
        }
        track.silence(Pauses.TAIL);
        stopIfInterrupted();
        Loudness.normalize(track.buffer(), track.length(), track.sampleRate(), options.loudnessLufs(),
                Loudness.PCM_CEILING_DBTP);
        return new Rendered(track, stretch, words);
    }

    private static List<Speech> speakAll(SpeechEngine voice, List<String> texts, float stretch) {
        List<Speech> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            stopIfInterrupted();
            out.add(voice.speak(text, stretch));
        }
        return out;
    }

    /**
     * A document given up on (--doc-timeout) has its thread interrupted: stop between sentences, and before the
     * loudness and encoding passes, rather than finish the page for nobody.
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CarePrintException("audio synthesis was stopped (the document ran out of time).");
        }
    }

    /** Seconds of all utterances (one engine, so one rate): samples summed first, then divided, once. */
    private static double seconds(List<Speech> speech) {
        long n = 0;
        int rate = 1;
        for (Speech s : speech) {
            n += s.pcm().length();
            rate = s.pcm().sampleRate();
        }
        return n / (double) rate;
    }

    /**
     * The lexicon applied for this renderer's voice: words the voice takes as phones ({@link SpeechEngine#useLexicon},
     * offered once) are left as written, the rest respelled.
     */
    private String respell(String spoken) {
        if (ownWords == null) {
            ownWords = voice.get().useLexicon(lexicon);
        }
        return lexicon.respell(spoken, ownWords);
    }

    /** Phones the voice says for a text after this renderer's lexicon is applied (or not). */
    List<String> phones(String spoken, boolean withLexicon) {
        return voice.get().phones(withLexicon ? respell(spoken) : spoken);
    }

    private static double gap(Utterance previous, Utterance next) {
        return Math.max(previous.pauseAfter(), next.pauseBefore());
    }

    private static String year(Handout h, ReviewInfo review) {
        LocalDate d = review != null && review.updated() != null ? review.updated()
                : review != null && review.reviewed() != null ? review.reviewed()
                : h.metadata().updated() != null ? h.metadata().updated() : h.metadata().reviewed();
        return d == null ? null : String.valueOf(d.getYear());
    }

    private static String reviewComment(Handout h, ReviewInfo review) {
        LocalDate reviewed = review != null ? review.reviewed() : h.metadata().reviewed();
        LocalDate updated = review != null ? review.updated() : h.metadata().updated();
        StringBuilder sb = new StringBuilder();
        sb.append(reviewed == null ? "Review date not known." : "Medically reviewed " + reviewed + ".");
        if (updated != null) {
            sb.append(" Last updated ").append(updated).append('.');
        }
        if (review != null && review.nextReview() != null) {
            sb.append(" Next review due ").append(review.nextReview()).append('.');
        }
        if (review != null && review.status() != null) {
            sb.append(" Review status: ").append(review.status().label()).append('.');
        }
        return sb.toString();
    }

    private static AudioOptions validate(AudioOptions o) {
        String format = o.format() == null ? "mp3" : o.format().toLowerCase(Locale.ROOT);
        if (!format.equals("mp3") && !format.equals("wav")) {
            throw new CarePrintException("--audio-format " + o.format() + " is not supported; use mp3 or wav.");
        }
        int wpm = o.wordsPerMinute() <= 0 ? 150 : o.wordsPerMinute();
        if (wpm < AudioOptions.MIN_RATE || wpm > AudioOptions.MAX_RATE) {
            throw new CarePrintException("--rate " + wpm + " is outside " + AudioOptions.MIN_RATE + "-" + AudioOptions.MAX_RATE
                    + " words per minute; 150 is the default.");
        }
        int bitrate = o.bitrateKbps() <= 0 ? 40 : o.bitrateKbps();
        boolean valid = false;
        for (int b : Mp3Encoder.BITRATES) {
            valid |= b == bitrate;
        }
        if (!valid) {
            throw new CarePrintException("--bitrate " + bitrate + " is not an MP3 bitrate at 16 kHz; use one of "
                    + "8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160.");
        }
        double lufs = o.loudnessLufs() == 0 ? AudioOptions.DEFAULT_LOUDNESS : o.loudnessLufs();
        if (!(lufs >= AudioOptions.MIN_LOUDNESS && lufs <= AudioOptions.MAX_LOUDNESS)) {
            throw new CarePrintException("--loudness " + o.loudnessLufs() + " is outside -40 to -10 LUFS; -19 is the "
                    + "default for mono speech.");
        }
        String glossary = o.glossary() == null ? AudioOptions.DEFAULT_GLOSSARY : o.glossary().toLowerCase(Locale.ROOT);
        if (!List.of(AudioOptions.GLOSSARY_INLINE, AudioOptions.GLOSSARY_END, AudioOptions.GLOSSARY_NONE)
                .contains(glossary)) {
            throw new CarePrintException("--audio-glossary " + o.glossary() + " is not valid; use inline, end or none.");
        }
        return new AudioOptions(format, wpm, bitrate, o.organization(),
                o.lexicons() == null ? List.of() : List.copyOf(o.lexicons()), lufs, o.showOverdue(), glossary);
    }

}
