package org.careprint.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.CarePrintException;

/**
 * Pronunciations from W3C Pronunciation Lexicon Specification (PLS 1.0) files. An entry with a {@code <phoneme>}
 * (CMU phones) is handed to the voice as phones ({@link SpeechEngine#useLexicon}); one with only an {@code <alias>}
 * is applied by respelling: the {@code <grapheme>}, found as a whole word, is replaced by the alias, which the voice's
 * letter-to-sound rules then read. Later lexicons override earlier ones.
 */
public final class Lexicon {
    /**
     * The bundled files, in order: hand-made entries (respellings and phones), then the phones of every built-in
     * glossary word the voice's own dictionary lacks or its letter-to-sound rules get wrong (docs/audio.md).
     */
    static final List<String> BUNDLED = List.of("lexicon.pls", "glossary-words.pls");

    private final Map<String, String> aliases;
    /** The phones voices take: entries whose respelling is not preferred. */
    private final Map<String, String> phonemes;
    /** Every entry's phones, including those respelled for every voice: what the voice must end up saying. */
    private final Map<String, String> intended;
    private final Set<String> wordAcronyms;
    private final String fingerprint;
    private final Pattern words;

    private Lexicon(Map<String, String> aliases, Map<String, String> phonemes, Set<String> wordAcronyms,
            Set<String> preferred, String fingerprint) {
        this.aliases = Map.copyOf(aliases);
        this.intended = Map.copyOf(phonemes);
        Map<String, String> taken = new LinkedHashMap<>(phonemes);
        preferred.forEach(taken::remove);
        this.phonemes = Map.copyOf(taken);
        this.wordAcronyms = Set.copyOf(wordAcronyms);
        this.fingerprint = fingerprint;
        this.words = pattern(aliases.keySet());
    }

    /** The bundled lexicon plus the user's files, in order. Malformed or unreadable files are a CarePrintException. */
    public static Lexicon load(List<Path> extra) {
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<String, String> phonemes = new LinkedHashMap<>();
        Set<String> acronyms = new TreeSet<>();
        Set<String> preferred = new TreeSet<>();
        MessageDigest digest = sha256();
        List<PlsFile> files = new ArrayList<>();
        for (Bundled b : Bundled.FILES) {
            digest.update(b.bytes());
            files.add(b.pls());
        }
        for (Path file : extra == null ? List.<Path>of() : extra) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new CarePrintException(file + ": cannot read this lexicon file; check the --lexicon path.");
            }
            digest.update(bytes);
            files.add(PlsFile.read(bytes, file.toString()));
        }
        for (PlsFile f : files) {
            // A later file's entry replaces an earlier one's respelling and phones alike.
            f.aliases().keySet().forEach(phonemes::remove);
            f.phonemes().keySet().forEach(aliases::remove);
            f.aliases().keySet().forEach(preferred::remove);
            aliases.putAll(f.aliases());
            preferred.addAll(f.preferred());
            phonemes.putAll(f.phonemes());
            acronyms.addAll(f.acronyms());
        }
        return new Lexicon(aliases, phonemes, acronyms, preferred, HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /** The bundled files, read once per process (every renderer loads the lexicon). */
    private record Bundled(byte[] bytes, PlsFile pls) {
        static final List<Bundled> FILES = BUNDLED.stream().map(Bundled::of).toList();

        static Bundled of(String name) {
            byte[] bytes = bundledBytes(name);
            return new Bundled(bytes, PlsFile.read(bytes, "bundled " + name));
        }
    }

    /** Acronyms with an entry (grapheme in capitals): said as words, so the normalizer must not spell them. */
    public Set<String> wordAcronyms() {
        return wordAcronyms;
    }

    /** Entries with phones ({@code <phoneme>}), by lower-case grapheme: for engines that take phones. */
    public Map<String, String> phonemes() {
        return phonemes;
    }

    /** Every entry's intended phones (CMU, stress 0/1/2) by lower-case grapheme, respelled ones included: for checks. */
    public Map<String, String> intendedPhonemes() {
        return intended;
    }

    /** Like {@link #respell(String)}, leaving the words in {@code except} (lower case) as they are. */
    public String respell(String spoken, java.util.Set<String> except) {
        if (words == null || except.isEmpty()) {
            return respell(spoken);
        }
        Matcher m = words.matcher(spoken);
        return m.replaceAll(r -> {
            String key = r.group().toLowerCase(Locale.ROOT);
            return Matcher.quoteReplacement(except.contains(key) ? r.group() : aliases.get(key));
        });
    }

    /** Replaces listed words by their respelling, whole words only, ignoring case. */
    public String respell(String spoken) {
        if (words == null) {
            return spoken;
        }
        Matcher m = words.matcher(spoken);
        return m.replaceAll(r -> Matcher.quoteReplacement(aliases.get(r.group().toLowerCase(Locale.ROOT))));
    }

    public String alias(String word) {
        return aliases.get(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return aliases.size();
    }

    /** Hash of every lexicon file's bytes, for incremental rebuilds. */
    public String fingerprint() {
        return fingerprint;
    }

    private static Pattern pattern(java.util.Set<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\d])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\d])").toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static byte[] bundledBytes(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new CarePrintException("The bundled pronunciation lexicon is missing from the jar; reinstall CarePrint.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CarePrintException("The bundled pronunciation lexicon cannot be read; reinstall CarePrint.", e);
        }
    }

    private static MessageDigest sha256() {
        return org.careprint.model.Sha256.digest();
    }
}
