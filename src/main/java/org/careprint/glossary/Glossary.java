package org.careprint.glossary;

import org.careprint.model.CarePrintException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable set of plain-language term definitions with aliases and singular/plural forms. */
public final class Glossary {
    static final String FOLDER = "/org/careprint/glossary/";

    private final List<GlossaryEntry> entries;
    /** Normalized headword or alias → entry. */
    private final Map<String, GlossaryEntry> index;
    private final Set<String> knownWords;
    private final int maxTermWords;
    private final Composer composer;

    private Glossary(List<GlossaryEntry> entries) {
        this(entries, List.of());
    }

    private Glossary(List<GlossaryEntry> entries, List<Composer.Pattern> patterns) {
        // The composer looks parts up in this glossary, after construction only.
        this.composer = new Composer(patterns, this);
        this.entries = List.copyOf(entries);
        Map<String, GlossaryEntry> idx = new HashMap<>();
        Set<String> words = new HashSet<>();
        int maxWords = 1;
        for (GlossaryEntry entry : this.entries) {
            for (String form : forms(entry)) {
                String key = PhraseNormalizer.normalize(form);
                idx.putIfAbsent(key, entry);
                maxWords = Math.max(maxWords, key.split(" ").length);
                for (String word : key.split("[ /]")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                    }
                }
            }
        }
        this.index = Map.copyOf(idx);
        this.knownWords = Set.copyOf(words);
        this.maxTermWords = maxWords;
    }

    /** A glossary of the given entries; headwords and aliases must not repeat across entries. */
    public static Glossary of(List<GlossaryEntry> entries) {
        EntryCollector collector = new EntryCollector("(in memory)");
        for (GlossaryEntry e : entries) {
            collector.add(e.term(), e.definition(), e.aliases(), "entry \"" + e.term() + "\"");
        }
        return new Glossary(collector.entries());
    }

    /** The bundled glossary: the files listed in src/main/resources/org/careprint/glossary/builtin/index.txt. */
    public static Glossary builtIn() {
        return BuiltInGlossary.INSTANCE;
    }

    /** The built-in glossary from its entries and declared compositions (see {@link BuiltInGlossary}). */
    static Glossary builtIn(List<GlossaryEntry> entries, List<Composer.Pattern> patterns) {
        Glossary glossary = new Glossary(entries, patterns);
        glossary.checkBroaderLinks("built-in glossary");
        return glossary;
    }

    /** Loads a user glossary (.yaml/.yml or .csv); malformed files throw CarePrintException naming file and line. */
    public static Glossary load(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        boolean csv = name.endsWith(".csv");
        if (!yaml && !csv) {
            throw new CarePrintException("Glossary " + file + " must be a .yaml, .yml or .csv file.");
        }
        String text = readUtf8(file);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<GlossaryEntry> list = yaml ? YamlGlossaryParser.parse(text, file.toString())
                : CsvGlossaryParser.parse(text, file.toString());
        return new Glossary(list);
    }

    private static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CarePrintException("Glossary " + file + " was not found; check the --glossary path.");
        } catch (IOException e) {
            throw new CarePrintException("Glossary " + file + " cannot be read (" + e.getMessage() + ").");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CarePrintException("Glossary " + file + " is not UTF-8 text; save it as UTF-8.");
        }
    }

    /**
     * A glossary where entries of {@code other} add to and override this one. An entry of {@code other}
     * that shares any headword or alias with entries here replaces them and takes over their other forms,
     * so "lymph nodes" still finds a user's new definition of "lymph node".
     */
    public Glossary overlay(Glossary other) {
        List<GlossaryEntry> base = new ArrayList<>(entries);
        List<GlossaryEntry> added = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (GlossaryEntry entry : other.entries) {
            forms(entry).forEach(f -> claimed.add(PhraseNormalizer.normalize(f)));
        }
        for (GlossaryEntry entry : other.entries) {
            Set<String> ownKeys = new HashSet<>();
            forms(entry).forEach(f -> ownKeys.add(PhraseNormalizer.normalize(f)));
            LinkedHashSet<String> aliases = new LinkedHashSet<>(entry.aliases());
            for (GlossaryEntry old : List.copyOf(base)) {
                boolean collides = forms(old).stream().anyMatch(f -> ownKeys.contains(PhraseNormalizer.normalize(f)));
                if (collides) {
                    base.remove(old);
                    for (String f : forms(old)) {
                        // Forms the overlay claims elsewhere stay with the overlay entry that claims them.
                        String k = PhraseNormalizer.normalize(f);
                        if (!claimed.contains(k)) {
                            aliases.add(f);
                            claimed.add(k);
                        }
                    }
                }
            }
            added.add(entry.withAliases(List.copyOf(aliases)));
        }
        List<GlossaryEntry> merged = new ArrayList<>(base);
        merged.addAll(added);
        Glossary result = new Glossary(merged, composer.patterns());
        result.checkBroaderLinks("Glossary file");
        return result;
    }

    /** Every broader link must name a headword or alias of this glossary. */
    private void checkBroaderLinks(String what) {
        for (GlossaryEntry e : entries) {
            if (e.broader() != null && lookup(e.broader()).isEmpty()) {
                throw new CarePrintException(what + ": term \"" + e.term() + "\" names broader term \"" + e.broader()
                        + "\", which no entry defines.");
            }
        }
    }

    /**
     * What a phrase means in this glossary: its own entry (headword or alias, after case and regular plural
     * folding); for an entry that only names a broader one, that entry's definition as "a kind of …"; else
     * a composition declared in compose.yaml. Never a partial or head-word match.
     */
    public Optional<Resolution> resolve(String phrase) {
        Optional<GlossaryEntry> hit = lookup(phrase);
        if (hit.isPresent()) {
            GlossaryEntry entry = hit.get();
            if (entry.hasDefinition()) {
                return Optional.of(new Resolution(entry.term(), entry.definition(), null, entry.origin()));
            }
            GlossaryEntry broader = entry;
            for (int depth = 0; depth < 8 && !broader.hasDefinition() && broader.broader() != null; depth++) {
                broader = lookup(broader.broader()).orElse(null);
                if (broader == null) {
                    return Optional.empty();
                }
            }
            if (broader.hasDefinition()) {
                return Optional.of(new Resolution(entry.term(), broader.definition(), "a kind of " + broader.term(),
                        entry.origin()));
            }
            return Optional.empty();
        }
        return composer.compose(phrase);
    }

    /**
     * A phrase's meaning: {@code entry} is the headword whose words are used (for a composition, the parts
     * joined by " + "), {@code relation} says how the phrase relates to it when the glossary says so ("a kind
     * of edema"), {@code source} is {@code built-in}, {@code glossary-file} or {@code composed}.
     */
    public record Resolution(String entry, String definition, String relation, String source) {
    }

    /** Looks up a phrase by headword or alias, case-insensitively, trying singular/plural forms. */
    public Optional<GlossaryEntry> lookup(String phrase) {
        String key = PhraseNormalizer.normalize(phrase);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (String variant : PhraseNormalizer.variants(key)) {
            GlossaryEntry hit = index.get(variant);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    /** True when the word appears in any headword or alias (the spelling check must not flag it). */
    public boolean isKnownWord(String word) {
        String key = PhraseNormalizer.normalize(word);
        if (key.isEmpty()) {
            return false;
        }
        // A hyphenated or slashed word ("blood-brain", "HER2/neu") is known when each piece is.
        for (String piece : key.split("[ /]")) {
            if (!piece.isEmpty() && !isKnownPiece(piece)) {
                return false;
            }
        }
        return true;
    }

    private boolean isKnownPiece(String piece) {
        if (knownWords.contains(piece)) {
            return true;
        }
        for (String variant : PhraseNormalizer.wordVariants(piece)) {
            if (knownWords.contains(variant)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return entries.size();
    }

    /** All entries in file order (built-in first, overlay entries after). */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** The declared compositions (for data tests). */
    Composer composer() {
        return composer;
    }

    /** The largest number of words in any headword or alias; bounds how far a marker can extend. */
    int maxTermWords() {
        return maxTermWords;
    }

    /** Stable hash of the content, for incremental rebuilds. */
    public String fingerprint() {
        List<GlossaryEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((GlossaryEntry e) -> PhraseNormalizer.normalize(e.term()))
                .thenComparing(GlossaryEntry::term));
        StringBuilder canonical = new StringBuilder();
        for (GlossaryEntry e : sorted) {
            canonical.append(e.term()).append('\t').append(e.definition()).append('\t').append(e.broader()).append('\t');
            List<String> aliases = new ArrayList<>(e.aliases());
            aliases.sort(Comparator.naturalOrder());
            canonical.append(String.join("|", aliases)).append('\n');
        }
        return org.careprint.model.Sha256.hex(canonical.toString());
    }

    static List<String> forms(GlossaryEntry entry) {
        List<String> forms = new ArrayList<>();
        forms.add(entry.term());
        forms.addAll(entry.aliases());
        return forms;
    }
}
