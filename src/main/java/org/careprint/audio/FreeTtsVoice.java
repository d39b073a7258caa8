package org.careprint.audio;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.OutputQueue;
import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Token;
import com.sun.speech.freetts.Tokenizer;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.en.us.TokenToWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careprint.model.CarePrintException;

/**
 * The FreeTTS kevin16 voice (16 kHz, 16-bit mono), one per renderer and so per worker thread: the first
 * {@link SpeechEngine}. Besides speaking it can run the front end only (text → phones → durations), which is cheap
 * and lets us calibrate the rate before the expensive waveform synthesis.
 */
final class FreeTtsVoice implements SpeechEngine {
    static final String NAME = "kevin16";
    static final String VERSION = "FreeTTS 1.2.2";
    /** The default voice: how to load it, and its identity before it is loaded. */
    static final SpeechEngine.Choice KEVIN16 = new SpeechEngine.Choice(NAME, VERSION, FreeTtsVoice::new);
    /** kevin16's diphone data is recorded at 16 kHz. */
    private static final int SAMPLE_RATE = 16000;
    private static final String VOICES_PROPERTY = "freetts.voices";
    private static final String KEVIN_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private final Voice voice;
    /** The voice's own CMU lexicon (shared by FreeTTS between voices: never changed here). */
    private final com.sun.speech.freetts.lexicon.Lexicon ownLexicon;
    private final CapturingAudioPlayer player = new CapturingAudioPlayer();
    /** Where the last synthesized phrase's kept samples began in the voice's output. */
    private int lastFrom;

    FreeTtsVoice() {
        // FreeTTS finds voices only through this property; setting it is idempotent.
        if (System.getProperty(VOICES_PROPERTY) == null) {
            System.setProperty(VOICES_PROPERTY, KEVIN_DIRECTORY);
        }
        synchronized (VoiceManager.class) {
            voice = VoiceManager.getInstance().getVoice(NAME);
            if (voice == null) {
                throw new CarePrintException("The kevin16 voice was not found: check that freetts-1.2.2.jar is in lib/.");
            }
            // allocate() starts a FreeTTS output thread unless a queue is set, and speak() hands every utterance to
            // that thread and waits. A placeholder queue during allocate(), then none, makes speak() render the
            // waveform on the calling thread: no thread per voice, no hand-off per phrase.
            voice.setOutputQueue(new OutputQueue());
            voice.allocate();
            voice.setOutputQueue(null);
        }
        voice.setAudioPlayer(player);
        ownLexicon = voice.getLexicon();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    /** Speaks one phrase at the given duration stretch; returns the samples with the voice's edge silence trimmed. */
    @Override
    public Pcm synthesize(String text, float stretch) {
        voice.setDurationStretch(stretch);
        player.take();
        voice.speak(text);
        short[] all = player.take();
        int[] keep = EdgeTrim.bounds(all, SAMPLE_RATE);
        lastFrom = keep[0];
        return new Pcm(Arrays.copyOfRange(all, keep[0], keep[1]), SAMPLE_RATE);
    }

    /**
     * Speaks and times the phones: the front end's segment ends at the same stretch (the waveform follows them),
     * moved by what trimming cut off the start.
     */
    @Override
    public Speech speak(String text, float stretch) {
        Pcm pcm = synthesize(text, stretch);
        Relation segments = frontEnd(text, "Durator");
        List<String> names = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        for (Item it = segments == null ? null : segments.getHead(); it != null; it = it.getNext()) {
            names.add(it.getFeatures().getString("name"));
            ends.add((double) it.getFeatures().getFloat("end"));
        }
        return new Speech(pcm, Speech.shifted(names, ends, SAMPLE_RATE, lastFrom, pcm.length()));
    }

    /**
     * Puts the lexicon's phoneme entries in front of this voice's own dictionary (this voice only, see
     * {@link FreeTtsLexicon}); returns their words, which the renderer then leaves unrespelled.
     */
    @Override
    public Set<String> useLexicon(Lexicon lexicon) {
        Map<String, String[]> entries = new HashMap<>();
        TokenToWords words = tokenToWords();
        for (Map.Entry<String, String> e : lexicon.phonemes().entrySet()) {
            // A word the voice would spell out as letters ("trk") never reaches a lexicon: left to respelling.
            if (e.getKey().matches("[a-z][a-z'\u2019-]*") && (words == null || words.isPronounceable(e.getKey()))) {
                entries.put(e.getKey(), FreeTtsLexicon.toVoicePhones(e.getValue()));
            }
        }
        voice.setLexicon(new FreeTtsLexicon(ownLexicon, FullDictionary.INSTANCE, entries));
        return Set.copyOf(entries.keySet());
    }

    /**
     * Whether the voice has this word's pronunciation (our entries, its dictionaries, or an ending added to one of
     * them) rather than guessing it from the spelling; whether it is said as a word at all is {@link #spells}.
     */
    boolean knows(String word) {
        return voice.getLexicon().getPhones(word.toLowerCase(java.util.Locale.ROOT), null, false) != null;
    }

    /** Whether the voice reads this token letter by letter (its tokenizer finds it unpronounceable). */
    boolean spells(String token) {
        TokenToWords words = tokenToWords();
        return words != null && !words.isPronounceable(token.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The full CMU dictionary in the FreeTTS jar, loaded once per process and shared by every voice, as FreeTTS shares
     * cmulex: a lookup only replaces a word's packed phones by the unpacked ones under the same key.
     */
    private static final class FullDictionary {
        static final com.sun.speech.freetts.lexicon.Lexicon INSTANCE = load();

        private static com.sun.speech.freetts.lexicon.Lexicon load() {
            try {
                com.sun.speech.freetts.en.us.CMULexicon full = new com.sun.speech.freetts.en.us.CMULexicon("cmudict04",
                        true);
                full.load();
                return full;
            } catch (java.io.IOException | RuntimeException e) {
                return null; // the voice's own lexicon and rules still speak every word
            }
        }
    }

    private TokenToWords tokenToWords() {
        for (Object p : voice.getUtteranceProcessors()) {
            if (p instanceof TokenToWords t) {
                return t;
            }
        }
        return null;
    }

    /** The margins kept around every trimmed phrase. */
    @Override
    public double paddingSeconds() {
        return EdgeTrim.paddingSeconds();
    }

    /** Predicted seconds of speech (without edge pauses) at stretch 1, from the front end only. */
    @Override
    public double predictSeconds(String text) {
        voice.setDurationStretch(1f);
        Relation segments = frontEnd(text, "Durator");
        if (segments == null || segments.getHead() == null) {
            return 0;
        }
        double start = 0;
        Item first = segments.getHead();
        if ("pau".equals(first.getFeatures().getString("name"))) {
            start = first.getFeatures().getFloat("end");
        }
        Item last = segments.getTail();
        double end = last.getFeatures().getFloat("end");
        if ("pau".equals(last.getFeatures().getString("name")) && last.getPrevious() != null) {
            end = last.getPrevious().getFeatures().getFloat("end");
        }
        return Math.max(0, end - start);
    }

    /** The phones the voice would say for a text (pauses omitted): "t r ae s ...". */
    @Override
    public List<String> phones(String text) {
        List<String> phones = new ArrayList<>();
        Relation segments = frontEnd(text, "Segmenter");
        for (Item it = segments == null ? null : segments.getHead(); it != null; it = it.getNext()) {
            String name = it.getFeatures().getString("name");
            if (!"pau".equals(name)) {
                phones.add(name);
            }
        }
        return phones;
    }

    /** Runs the voice's processors up to and including the first whose name contains {@code lastStage}. */
    private Relation frontEnd(String text, String lastStage) {
        Tokenizer tokenizer = voice.getTokenizer();
        tokenizer.setInputText(text);
        List<Token> tokens = new ArrayList<>();
        while (tokenizer.hasMoreTokens()) {
            tokens.add(tokenizer.getNextToken());
        }
        if (tokens.isEmpty()) {
            return null;
        }
        com.sun.speech.freetts.Utterance u = new com.sun.speech.freetts.Utterance(voice, tokens);
        try {
            for (Object p : voice.getUtteranceProcessors()) {
                ((UtteranceProcessor) p).processUtterance(u);
                if (p.toString().contains(lastStage)) {
                    break;
                }
            }
        } catch (ProcessException e) {
            return null;
        }
        return u.getRelation(Relation.SEGMENT);
    }
}
