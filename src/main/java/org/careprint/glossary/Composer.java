package org.careprint.glossary;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Meanings of phrases built from two known parts by a pattern declared in {@code builtin/compose.yaml}
 * ("stage II" + a cancer type, "regional" + "chemotherapy"). Only declared modifiers and heads combine:
 * nothing is guessed from a phrase's last word.
 */
final class Composer {

    /**
     * One declared pattern: modifiers are either glossary headwords (their entry's definition may be used) or
     * free words with a short gloss; heads are listed headwords or a whole category.
     */
    record Pattern(String name, List<String> entryModifiers, Map<String, String> glossModifiers, Set<String> heads,
                   String headCategory, String template) {
    }

    /** A composition found in a phrase, exposed for data tests. */
    record Match(Pattern pattern, String modifier, GlossaryEntry modifierEntry, GlossaryEntry head) {
    }

    private final List<Pattern> patterns;
    private final Glossary glossary;

    /** Patterns resolving their parts in {@code glossary} (which may still be under construction). */
    Composer(List<Pattern> patterns, Glossary glossary) {
        this.patterns = List.copyOf(patterns);
        this.glossary = glossary;
    }

    List<Pattern> patterns() {
        return patterns;
    }

    @SuppressWarnings("unchecked")
    static List<Pattern> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        Object root = new Yaml(new SafeConstructor(options)).load(yaml);
        List<Pattern> patterns = new ArrayList<>();
        if (root instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> map = (Map<String, Object>) item;
                List<String> entryModifiers = new ArrayList<>();
                Map<String, String> glossModifiers = new LinkedHashMap<>();
                Object mods = map.get("modifiers");
                if (mods instanceof List<?> ml) {
                    ml.forEach(m -> entryModifiers.add(String.valueOf(m)));
                } else if (mods instanceof Map<?, ?> mm) {
                    mm.forEach((k, v) -> glossModifiers.put(String.valueOf(k), String.valueOf(v)));
                }
                Object heads = map.get("heads");
                Set<String> headTerms = Set.of();
                String headCategory = null;
                if (heads instanceof List<?> hl) {
                    headTerms = hl.stream().map(h -> PhraseNormalizer.normalize(String.valueOf(h))).collect(Collectors.toSet());
                } else if (heads instanceof Map<?, ?> hm) {
                    headCategory = String.valueOf(hm.get("category"));
                }
                patterns.add(new Pattern(String.valueOf(map.get("name")), entryModifiers, glossModifiers, headTerms,
                        headCategory, String.valueOf(map.get("definition"))));
            }
        }
        return patterns;
    }

    Optional<Glossary.Resolution> compose(String phrase) {
        return match(phrase).map(this::resolution);
    }

    Optional<Match> match(String phrase) {
        if (patterns.isEmpty() || glossary == null) {
            return Optional.empty();
        }
        String[] words = PhraseNormalizer.normalize(phrase).split(" ");
        for (int split = words.length - 1; split >= 1; split--) {
            String left = String.join(" ", java.util.Arrays.copyOfRange(words, 0, split));
            String right = String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length));
            Optional<GlossaryEntry> head = glossary.lookup(right).filter(GlossaryEntry::hasDefinition);
            if (head.isEmpty()) {
                continue;
            }
            for (Pattern p : patterns) {
                if (!isHead(p, head.get())) {
                    continue;
                }
                for (Map.Entry<String, String> gloss : p.glossModifiers().entrySet()) {
                    if (PhraseNormalizer.normalize(gloss.getKey()).equals(left)) {
                        return Optional.of(new Match(p, gloss.getKey(), null, head.get()));
                    }
                }
                Optional<GlossaryEntry> modifier = glossary.lookup(left).filter(GlossaryEntry::hasDefinition);
                if (modifier.isPresent() && p.entryModifiers().stream()
                        .anyMatch(m -> PhraseNormalizer.normalize(m).equals(PhraseNormalizer.normalize(modifier.get().term())))) {
                    return Optional.of(new Match(p, modifier.get().term(), modifier.get(), head.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isHead(Pattern p, GlossaryEntry head) {
        if (p.headCategory() != null) {
            return p.headCategory().equals(head.category());
        }
        return p.heads().contains(PhraseNormalizer.normalize(head.term()));
    }

    Glossary.Resolution resolution(Match m) {
        String text = definition(m);
        return new Glossary.Resolution(m.modifier() + " + " + m.head().term(), text, null,
                org.careprint.model.TermBinding.COMPOSED);
    }

    static String definition(Match m) {
        String gloss = m.modifierEntry() == null ? m.pattern().glossModifiers().get(m.modifier()) : "";
        String modDef = m.modifierEntry() == null ? "" : m.modifierEntry().definition();
        return m.pattern().template()
                .replace("{Head}", capitalize(m.head().term()))
                .replace("{head}", m.head().term())
                .replace("{head.definition}", m.head().definition())
                .replace("{modifier}", m.modifier())
                .replace("{modifier.definition}", modDef)
                .replace("{gloss}", gloss)
                .replaceAll("\\s+", " ").strip();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
