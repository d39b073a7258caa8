package org.careprint.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careprint.model.Finding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * YAML front matter between {@code ---} lines at the top of a Markdown file. Parsed with SafeConstructor
 * (plain maps, lists and strings only — never arbitrary types), and with timestamps left as strings so
 * that an impossible date is reported instead of being rolled over by the YAML library.
 *
 * @param values    keys lower-cased without '_' or '-' ("next_review" → "nextreview"), scalar values as strings
 * @param keyLines  1-based line of each key, for findings
 * @param bodyStart index of the first line after the closing {@code ---} (0 when there is no front matter)
 */
record FrontMatter(Map<String, String> values, Map<String, Integer> keyLines, int bodyStart) {

    static FrontMatter parse(List<SourceLine> lines, List<Finding> findings) {
        if (lines.isEmpty() || !lines.get(0).text().trim().equals("---")) {
            return new FrontMatter(Map.of(), Map.of(), 0);
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String t = lines.get(i).text().trim();
            if (t.equals("---") || t.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            findings.add(Finding.warning("front-matter", 1,
                    "The front matter starting on line 1 has no closing \"---\" line; it was read as text."));
            return new FrontMatter(Map.of(), Map.of(), 0);
        }
        StringBuilder yaml = new StringBuilder();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = 1; i < close; i++) {
            String t = lines.get(i).text();
            yaml.append(t).append('\n');
            int colon = t.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(t.charAt(0))) {
                keyLines.putIfAbsent(normalizeKey(t.substring(0, colon)), lines.get(i).line());
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        try {
            Object root = yaml().load(yaml.toString());
            if (root instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (e.getKey() == null || e.getValue() == null) {
                        continue;
                    }
                    String key = normalizeKey(e.getKey().toString());
                    if (e.getValue() instanceof String text) {
                        values.put(key, text.trim());
                    } else if (e.getValue() instanceof java.util.Date date && DATE_KEYS.contains(key)) {
                        values.put(key, date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
                    } else if (USED_KEYS.contains(key) || DATE_KEYS.contains(key)) {
                        // !!binary, !!int, lists, maps …: never turned into text like "[B@1f2a" (issue 15)
                        String shown = e.getKey().toString();
                        findings.add(Finding.error("invalid-front-matter", keyLines.getOrDefault(key, 1),
                                "Front matter key '" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                                        + "' must be " + (DATE_KEYS.contains(key) ? "a date or text" : "text") + ", not "
                                        + kind(e.getValue()) + "; write it as plain text, e.g. " + shown.strip() + ": "
                                        + (DATE_KEYS.contains(key) ? "2024-03-01" : "Hand Washing") + "."));
                    }
                }
            } else if (root != null) {
                findings.add(Finding.warning("front-matter", 2, "The front matter is not a list of \"key: value\" lines; it was ignored."));
            }
        } catch (RuntimeException e) {
            findings.add(Finding.warning("front-matter", 1, "The front matter is not valid YAML ("
                    + firstLine(e.getMessage()) + "); it was ignored."));
        }
        return new FrontMatter(values, keyLines, close + 1);
    }

    /** Keys the Markdown reader reads as text (normalized): their values must be strings. */
    private static final java.util.Set<String> USED_KEYS = java.util.Set.of("title", "organization", "publisher",
            "source", "reviewer", "reviewedby", "reviewfrequency", "reviewcycle", "language", "lang", "locale");
    /** Keys read as dates (normalized): strings, or YAML timestamps. */
    private static final java.util.Set<String> DATE_KEYS = java.util.Set.of("lastreviewed", "reviewed", "reviewdate",
            "datereviewed", "medicallyreviewed", "updated", "lastupdated", "modified", "lastmodified", "datemodified",
            "nextreview", "reviewdue");

    private static String kind(Object v) {
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Map) {
            return "a map of keys";
        }
        if (v instanceof byte[]) {
            return "binary data";
        }
        if (v instanceof Number) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "true/false";
        }
        if (v instanceof java.util.Date) {
            return "a date";
        }
        return "a " + v.getClass().getSimpleName();
    }

    String get(String... keys) {
        for (String k : keys) {
            String v = values.get(normalizeKey(k));
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    int lineOf(String... keys) {
        for (String k : keys) {
            Integer l = keyLines.get(normalizeKey(k));
            if (l != null && values.containsKey(normalizeKey(k))) {
                return l;
            }
        }
        return 0;
    }

    boolean has(String key) {
        return values.containsKey(normalizeKey(key));
    }

    static String normalizeKey(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.lines().findFirst().orElse("syntax error");
        return line.length() > 80 ? line.substring(0, 80) : line;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(256 * 1024);
        options.setNestingDepthLimit(20);
        Resolver stringsOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // only nulls are implicit; dates, numbers and booleans stay strings we parse ourselves
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, stringsOnly);
    }

    static Map<String, String> empty() {
        return Collections.emptyMap();
    }
}
