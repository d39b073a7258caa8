package org.careprint.audio;

import edu.cmu.sphinx.api.Configuration;
import edu.cmu.sphinx.api.SpeechResult;
import edu.cmu.sphinx.api.StreamSpeechRecognizer;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.careprint.glossary.Glossary;

/**
 * Intelligibility bench (issue 16), not a unit test: CMU Sphinx4 (en-us acoustic model, generic language model)
 * transcribes up to N cues of each voice's WAV editions and we score word error against the words the voice was
 * asked to say (the cue text, normalized as for speech), for plain and medical cues separately. A cue is medical
 * when a word of it is a built-in glossary term or a lexicon entry. A reference word the recognizer's dictionary
 * lacks ("trastuzumab") can never be recognized, however well it is said: it is scored as a wildcard (any one word or
 * nothing, no error) and counted apart, so the table measures the voice, not the recognizer's vocabulary. Sphinx gets 16 kHz 16-bit PCM with ±1 LSB
 * (triangular) dither, seeded, so runs repeat. Usage: IntelligibilityBench N DIR_OF_VOICE1 [DIR_OF_VOICE2 ...],
 * each DIR holding NAME.wav + NAME.vtt made by {@code careprint build --audio-format wav --voice V}.
 */
public final class IntelligibilityBench {
    private IntelligibilityBench() {
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("").setLevel(Level.SEVERE);
        for (var h : Logger.getLogger("").getHandlers()) {
            h.setLevel(Level.SEVERE);
        }
        int n = Integer.parseInt(args[0]);
        Configuration c = new Configuration();
        c.setAcousticModelPath("resource:/edu/cmu/sphinx/models/en-us/en-us");
        c.setDictionaryPath("resource:/edu/cmu/sphinx/models/en-us/cmudict-en-us.dict");
        c.setLanguageModelPath("resource:/edu/cmu/sphinx/models/en-us/en-us.lm.bin");
        StreamSpeechRecognizer sphinx = new StreamSpeechRecognizer(c);
        TextNormalizer normalizer = new TextNormalizer();
        Glossary glossary = Glossary.builtIn();
        Lexicon lexicon = Lexicon.load(List.of());
        java.util.Set<String> vocabulary = vocabulary();
        System.out.println("| voice | plain cues | plain WER | medical cues | medical WER | words not in the recognizer's"
                + " dictionary (plain / medical) |");
        System.out.println("|---|---|---|---|---|---|");
        for (int v = 1; v < args.length; v++) {
            Path dir = Path.of(args[v]);
            int[] errors = new int[2];
            int[] words = new int[2];
            int[] cues = new int[2];
            int[] unknown = new int[2];
            List<Path> wavs;
            try (var s = Files.list(dir)) {
                wavs = s.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
            }
            List<Object[]> all = new ArrayList<>();
            for (Path wav : wavs) {
                short[] pcm = samples(Files.readAllBytes(wav));
                String vtt = Files.readString(Path.of(wav.toString().replace(".wav", ".vtt")), StandardCharsets.UTF_8);
                for (String block : vtt.split("\n\n")) {
                    String[] lines = block.split("\n");
                    if (lines.length < 2 || !lines[0].contains("-->")) {
                        continue;
                    }
                    String[] t = lines[0].split(" --> ");
                    String text = String.join(" ", List.of(lines).subList(1, lines.length));
                    all.add(new Object[] {pcm, ms(t[0]) * 16, ms(t[1]) * 16, text});
                }
            }
            // Every k-th cue, so N cues spread over all pages.
            int step = Math.max(1, all.size() / Math.max(1, n));
            Random dither = new Random(16);
            for (int i = 0, taken = 0; i < all.size() && taken < n; i += step, taken++) {
                Object[] cue = all.get(i);
                short[] pcm = (short[]) cue[0];
                int from = (int) (long) cue[1];
                int to = (int) Math.min(pcm.length, (long) cue[2]);
                String text = (String) cue[3];
                List<String> ref = new ArrayList<>(words(normalizer.normalize(text)));
                List<String> hyp = words(recognize(sphinx, pcm, from, to, dither));
                int kind = medical(text, glossary, lexicon) ? 1 : 0;
                for (int w = 0; w < ref.size(); w++) {
                    if (!vocabulary.contains(ref.get(w))) {
                        ref.set(w, WILDCARD);
                        unknown[kind]++;
                    }
                }
                errors[kind] += distance(ref, hyp);
                words[kind] += ref.size();
                cues[kind]++;
                if (System.getenv("BENCH_VERBOSE") != null) {
                    System.err.println((kind == 1 ? "M " : "P ") + ref + "\n  " + hyp);
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f %% | %d | %.1f %% | %d / %d |%n", dir.getFileName(),
                    cues[0], 100.0 * errors[0] / Math.max(1, words[0] - unknown[0]), cues[1],
                    100.0 * errors[1] / Math.max(1, words[1] - unknown[1]), unknown[0], unknown[1]);
        }
    }

    private static String recognize(StreamSpeechRecognizer sphinx, short[] pcm, int from, int to, Random dither) {
        // 0.2 s of (dithered) silence either side, as the recognizer expects speech inside a pause.
        int pad = 3200;
        ByteBuffer b = ByteBuffer.allocate((to - from + 2 * pad) * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = from - pad; i < to + pad; i++) {
            int s = i >= from && i < to ? pcm[i] : 0;
            s += dither.nextInt(2) - dither.nextInt(2); // triangular ±1 LSB
            b.putShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, s)));
        }
        sphinx.startRecognition(new ByteArrayInputStream(b.array()));
        StringBuilder out = new StringBuilder();
        SpeechResult r;
        while ((r = sphinx.getResult()) != null) {
            out.append(r.getHypothesis()).append(' ');
        }
        sphinx.stopRecognition();
        return out.toString();
    }

    private static boolean medical(String text, Glossary glossary, Lexicon lexicon) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d-]+")) {
            if (!w.isEmpty() && (lexicon.intendedPhonemes().containsKey(w) || lexicon.alias(w) != null
                    || glossary.lookup(w).isPresent())) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('-', ' ').split("[^a-z0-9']+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A reference word outside the recognizer's dictionary: matches any one word, or nothing, at no cost. */
    static final String WILDCARD = "*";

    /** The recognizer's dictionary words (its language model has no others). */
    private static java.util.Set<String> vocabulary() throws java.io.IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (var in = IntelligibilityBench.class.getResourceAsStream("/edu/cmu/sphinx/models/en-us/cmudict-en-us.dict");
                var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().forEach(l -> out.add(l.split(" ", 2)[0].replaceAll("\\(\\d+\\)$", "")));
        }
        return out;
    }

    /** Word-level Levenshtein distance (substitutions + deletions + insertions); {@link #WILDCARD} costs nothing. */
    static int distance(List<String> ref, List<String> hyp) {
        int[] prev = new int[hyp.size() + 1];
        for (int j = 0; j <= hyp.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= ref.size(); i++) {
            boolean wild = WILDCARD.equals(ref.get(i - 1));
            int[] cur = new int[hyp.size() + 1];
            cur[0] = prev[0] + (wild ? 0 : 1);
            for (int j = 1; j <= hyp.size(); j++) {
                boolean same = wild || ref.get(i - 1).equals(hyp.get(j - 1));
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + (wild ? 0 : 1)), prev[j - 1] + (same ? 0 : 1));
            }
            prev = cur;
        }
        return prev[hyp.size()];
    }

    private static long ms(String t) {
        String[] p = t.trim().split("[:.]");
        return ((Long.parseLong(p[0]) * 60 + Long.parseLong(p[1])) * 60 + Long.parseLong(p[2])) * 1000
                + Long.parseLong(p[3]);
    }

    /** Samples of a 16 kHz 16-bit mono WAV with the 44-byte header CarePrint writes. */
    private static short[] samples(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        short[] out = new short[(wav.length - 44) / 2];
        b.asShortBuffer().get(out);
        return out;
    }
}
