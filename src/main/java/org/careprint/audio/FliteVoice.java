package org.careprint.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.careprint.model.CarePrintException;

/**
 * CMU flite (Debian's {@code flite} package, BSD-like CMU licence) called as a subprocess, one call per utterance:
 * voices rms, awb and slt (16 kHz). Rate through flite's {@code duration_stretch}; pronunciations through a lexicon
 * addenda file ({@code -add_lex}) made of the lexicon's {@code <phoneme>} entries, the rest by respelling; phone
 * timings from {@code -psdur}, which the captions are cut from. flite is deterministic: same text, same bytes.
 */
final class FliteVoice implements SpeechEngine {
    static final List<String> VOICES = List.of("rms", "awb", "slt");
    private static final String PROGRAM = "flite";
    private static final long TIMEOUT_SECONDS = 120;
    private static final Pattern TIMED = Pattern.compile("[a-z]+[0-9]?:[0-9]+(?:\\.[0-9]+)?");

    private final String voice;
    private final String version;
    private final Path dir;
    private final Path wav;
    private Path addenda;
    private int sampleRate = 16000;

    private FliteVoice(String voice, String version) {
        this.voice = voice;
        this.version = version;
        try {
            dir = Files.createTempDirectory("careprint-flite");
        } catch (IOException e) {
            throw new CarePrintException("Cannot make a temporary folder for flite: " + e.getMessage());
        }
        dir.toFile().deleteOnExit();
        wav = dir.resolve("speech.wav");
        wav.toFile().deleteOnExit();
    }

    /**
     * The flite voice {@code name}, checked now (flite on PATH and knowing the voice), so a missing engine is one
     * usage error before any document. Its version (from {@code flite --version}) goes into the fingerprint.
     */
    static SpeechEngine.Choice choice(String name) {
        return choice(name, PROGRAM);
    }

    /** As {@link #choice(String)} with another program name (tests: an engine that is not installed). */
    static SpeechEngine.Choice choice(String name, String program) {
        String voice = name.toLowerCase(Locale.ROOT);
        String hint = "install Debian's flite package (apt-get install flite) or use --voice kevin";
        String listed;
        String about;
        try {
            listed = run(List.of(program, "-lv"), true);
            about = run(List.of(program, "--version"), false); // prints its version, then exits 1
        } catch (CarePrintException e) {
            throw new CarePrintException("--voice " + name + " needs the flite program, which was not found: " + hint + ".");
        }
        if (!Arrays.asList(listed.replace("Voices available:", "").trim().split("\\s+")).contains(voice)) {
            throw new CarePrintException("--voice " + name + ": this flite has no " + voice + " voice (it has: "
                    + listed.replace("Voices available:", "").trim() + "); " + hint + ".");
        }
        String version = "flite";
        for (String line : about.split("\n")) {
            if (line.trim().startsWith("version:")) {
                version = line.trim().substring("version:".length()).trim().replaceAll("\\s*\\(http.*", "");
            }
        }
        String v = version;
        return new SpeechEngine.Choice(voice, v, () -> new FliteVoice(voice, v));
    }

    @Override
    public String name() {
        return voice;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public double paddingSeconds() {
        return EdgeTrim.paddingSeconds();
    }

    @Override
    public Pcm synthesize(String text, float stretch) {
        return speak(text, stretch).pcm();
    }

    @Override
    public Speech speak(String text, float stretch) {
        List<String> cmd = new ArrayList<>(List.of(PROGRAM, "-voice", voice, "--setf",
                String.format(Locale.ROOT, "duration_stretch=%.5f", stretch), "-psdur"));
        if (addenda != null) {
            cmd.addAll(List.of("-add_lex", addenda.toString()));
        }
        cmd.addAll(List.of("-t", text, "-o", wav.toString()));
        List<String> names = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        double offset = 0;
        for (String line : run(cmd, true).split("\n")) { // one line per utterance, times from its own start
            double last = 0;
            for (String seg : line.trim().split("\\s+")) {
                int colon = seg.lastIndexOf(':');
                if (colon > 0 && TIMED.matcher(seg).matches()) { // skips any warning flite prints on stdout
                    names.add(seg.substring(0, colon));
                    last = Double.parseDouble(seg.substring(colon + 1));
                    ends.add(offset + last);
                }
            }
            offset += last;
        }
        short[] all = readWav(wav);
        int[] keep = EdgeTrim.bounds(all, sampleRate);
        Pcm pcm = new Pcm(Arrays.copyOfRange(all, keep[0], keep[1]), sampleRate);
        return new Speech(pcm, Speech.shifted(names, ends, sampleRate, keep[0], pcm.length()));
    }

    @Override
    public List<String> phones(String text) {
        List<String> out = new ArrayList<>();
        for (Speech.Phone p : speak(text, 1f).phones()) {
            if (!p.pause()) {
                out.add(p.name());
            }
        }
        return out;
    }

    /** Writes the lexicon's phoneme entries as flite addenda ("word : m ax0 t ae1 …"); returns their words. */
    @Override
    public Set<String> useLexicon(Lexicon lexicon) {
        StringBuilder sb = new StringBuilder("# CarePrint lexicon entries with phones, for flite -add_lex\n");
        Set<String> words = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : lexicon.phonemes().entrySet()) {
            String word = e.getKey();
            List<String> phones = Arrays.asList(e.getValue().split(" "));
            if (!word.matches("[a-z][a-z'-]*")
                    || !phones.stream().allMatch(p -> PlsFile.CMU_PHONE.matcher(p).matches())) {
                continue; // not a plain word or not CMU phones: left to respelling
            }
            List<String> marked = new ArrayList<>();
            for (String p : phones) {
                String base = p.replaceAll("\\d$", ""); // flite's lexicon knows stress 0 and 1 only: 2 becomes 0
                if (base.equals("ah") && !p.endsWith("1") && !p.endsWith("2")) {
                    base = "ax"; // an unstressed "ah" is flite's schwa, as in its own lexicon
                }
                marked.add(vowel(p) ? base + (p.endsWith("1") ? "1" : "0") : p);
            }
            if (marked.stream().noneMatch(p -> p.endsWith("1"))) { // no primary stress given: the first full vowel
                for (int i = 0; i < marked.size(); i++) {
                    String p = marked.get(i);
                    if (vowel(p) && !p.startsWith("ax")) {
                        marked.set(i, p.substring(0, 2) + "1");
                        break;
                    }
                }
            }
            String line = word + " : " + String.join(" ", marked);
            sb.append(line).append('\n');
            words.add(word);
        }
        try {
            addenda = dir.resolve("lexicon.txt");
            Files.writeString(addenda, sb.toString(), StandardCharsets.UTF_8);
            addenda.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new CarePrintException("Cannot write flite's lexicon file: " + e.getMessage());
        }
        return words;
    }

    private static boolean vowel(String phone) {
        return "aeiou".indexOf(phone.charAt(0)) >= 0;
    }

    /** 16-bit mono PCM from flite's RIFF/WAVE file (its rate read from the header). */
    private short[] readWav(Path file) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            b.position(12);
            while (b.remaining() >= 8) {
                String id = new String(new byte[] {b.get(), b.get(), b.get(), b.get()}, StandardCharsets.US_ASCII);
                int size = b.getInt();
                if (id.equals("fmt ")) {
                    int channels = b.getShort(b.position() + 2);
                    sampleRate = b.getInt(b.position() + 4);
                    if (channels != 1 || b.getShort(b.position() + 14) != 16) {
                        throw new CarePrintException("flite wrote audio that is not 16-bit mono.");
                    }
                } else if (id.equals("data")) {
                    short[] out = new short[Math.min(size, b.remaining()) / 2];
                    b.asShortBuffer().get(out);
                    return out;
                }
                b.position(b.position() + size + (size & 1));
            }
        } catch (IOException e) {
            throw new CarePrintException("Cannot read flite's audio: " + e.getMessage());
        }
        return new short[0];
    }

    /** Runs a command; its standard output. A failure to start, a timeout or (if checked) a non-zero exit throw. */
    private static String run(List<String> cmd, boolean checkExit) {
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new CarePrintException("flite took longer than " + TIMEOUT_SECONDS + " s and was stopped.");
            }
            if (checkExit && p.exitValue() != 0) {
                throw new CarePrintException("flite failed (exit " + p.exitValue() + ").");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CarePrintException("flite could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CarePrintException("interrupted while flite was speaking");
        }
    }
}
