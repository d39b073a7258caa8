package org.careprint.audio;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A speech engine (a voice): text of one utterance in, mono PCM out. {@link AudioRenderer} owns one per instance
 * (so per worker thread); an engine need not be thread-safe. FreeTTS kevin16 ({@code FreeTtsVoice}) is the first.
 * Everything after synthesis — pauses, loudness, MP3/WAV, ID3 chapters, WebVTT — takes the sample rate from the
 * {@link Pcm} and the {@link Timeline}, so a voice at another rate needs no change there (the MP3 bitrates accepted
 * by {@code --bitrate} are those of MPEG-2 Layer III, valid at 16, 22.05 and 24 kHz).
 */
public interface SpeechEngine {

    /** Short stable name, e.g. "kevin16"; goes into the renderer's fingerprint. */
    String name();

    /** Engine and voice data version, e.g. "FreeTTS 1.2.2"; goes into the renderer's fingerprint. */
    String version();

    /** Samples per second of every {@link Pcm} this engine returns. */
    int sampleRate();

    /**
     * Speaks one utterance (already normalized and respelled). {@code stretch} scales durations: 1 is the voice's own
     * pace, 2 twice as slow. The result carries no long edge silences; the renderer inserts the pauses.
     */
    Pcm synthesize(String text, float stretch);

    /**
     * Predicted seconds of speech at stretch 1, used to pick the stretch before synthesis. The default synthesizes
     * and measures (correct, but twice the work); an engine with a cheap front end should override it.
     */
    default double predictSeconds(String text) {
        return synthesize(text, 1f).seconds() - paddingSeconds();
    }

    /** Seconds every utterance carries regardless of the stretch (kept margins around trimmed speech). */
    default double paddingSeconds() {
        return 0;
    }

    /**
     * Speaks one utterance and says where its phones lie, for cutting captions from the voice's own timing. The
     * default gives no phones (captions are then placed in proportion to syllables).
     */
    default Speech speak(String text, float stretch) {
        return new Speech(synthesize(text, stretch), List.of());
    }

    /**
     * Offers the engine the run's lexicon once, before any speech. An engine that can take pronunciations as phones
     * (flite's lexicon addenda) takes the entries that have a {@code <phoneme>} and returns their words: the renderer
     * then leaves those words unrespelled for it. The default takes none (every entry is applied by respelling).
     */
    default Set<String> useLexicon(Lexicon lexicon) {
        return Set.of();
    }

    /** The phones the engine would say for a text, when it exposes them (for pronunciation tests); else empty. */
    default List<String> phones(String text) {
        return List.of();
    }

    /**
     * A voice before it is loaded: its identity is known at once (for fingerprints); {@code loader} may be slow and
     * is run on a background thread.
     */
    record Choice(String name, String version, Supplier<? extends SpeechEngine> loader) {
        public String label() {
            return name + " (" + version + ")";
        }
    }
}
