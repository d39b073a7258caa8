package org.careprint.glossary;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads a YAML glossary in either shape:
 * a list of {@code {term, definition, aliases}} maps, or a map of term to definition (the value may also
 * be a {@code {definition, aliases}} map). Works on the node tree so errors can give line numbers.
 */
final class YamlGlossaryParser {
    private static final Set<String> ENTRY_KEYS = Set.of("term", "definition", "aliases", "category", "broader");

    private YamlGlossaryParser() {
    }

    static List<GlossaryEntry> parse(String text, String source) {
        EntryCollector collector = new EntryCollector(source);
        parseInto(text, collector);
        return collector.entries();
    }

    /** Reads one file's entries into {@code collector}, which checks repeats across everything it holds. */
    static void parseInto(String text, EntryCollector collector) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowRecursiveKeys(false);
            options.setMaxAliasesForCollections(50);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            // The context mark is where the broken construct starts (an unclosed quote); the problem mark is
            // where the parser gave up. Give both when they differ.
            Mark context = e.getContextMark();
            Mark problem = e.getProblemMark();
            String where = "";
            if (context != null && problem != null && context.getLine() < problem.getLine()) {
                where = "line " + (context.getLine() + 1) + " to line " + (problem.getLine() + 1);
            } else if (problem != null || context != null) {
                where = "line " + ((problem != null ? problem : context).getLine() + 1);
            }
            throw collector.fail(where, "is not valid YAML (" + firstLine(e.getProblem()) + ")");
        } catch (YAMLException e) {
            throw collector.fail("", "is not valid YAML (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null) {
            throw collector.fail("", "the file is empty; write a list of {term, definition, aliases} entries");
        }
        if (root instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                readListEntry(item, collector);
            }
        } else if (root instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                readMapEntry(tuple, collector);
            }
        } else {
            throw collector.fail(where(root), "expected a list of entries or a map of term: definition");
        }
    }

    private static void readListEntry(Node item, EntryCollector collector) {
        if (!(item instanceof MappingNode map)) {
            throw collector.fail(where(item), "each list item must be a map with term, definition and aliases");
        }
        String term = null;
        String definition = null;
        String category = null;
        String broader = null;
        List<String> aliases = List.of();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), collector, "a key");
            if (!ENTRY_KEYS.contains(key)) {
                throw collector.fail(where(tuple.getKeyNode()), "unknown key \"" + key
                        + "\" (use term, definition, aliases, category, broader)");
            }
            Node value = tuple.getValueNode();
            switch (key) {
                case "term" -> term = scalar(value, collector, "term");
                case "definition" -> definition = scalar(value, collector, "definition");
                case "category" -> category = scalar(value, collector, "category");
                case "broader" -> broader = scalar(value, collector, "broader");
                default -> aliases = aliases(value, collector);
            }
        }
        collector.add(term, definition, aliases, category, broader, where(item));
    }

    private static void readMapEntry(NodeTuple tuple, EntryCollector collector) {
        String term = scalar(tuple.getKeyNode(), collector, "a term");
        Node value = tuple.getValueNode();
        if (value instanceof MappingNode map) {
            String definition = null;
            List<String> aliases = List.of();
            for (NodeTuple inner : map.getValue()) {
                String key = scalar(inner.getKeyNode(), collector, "a key");
                if (key.equals("definition")) {
                    definition = scalar(inner.getValueNode(), collector, "definition");
                } else if (key.equals("aliases")) {
                    aliases = aliases(inner.getValueNode(), collector);
                } else {
                    throw collector.fail(where(inner.getKeyNode()), "unknown key \"" + key + "\" under \"" + term
                            + "\" (use definition, aliases)");
                }
            }
            collector.add(term, definition, aliases, where(tuple.getKeyNode()));
        } else {
            collector.add(term, scalar(value, collector, "definition of \"" + term + "\""), List.of(), where(tuple.getKeyNode()));
        }
    }

    private static List<String> aliases(Node value, EntryCollector collector) {
        if (value instanceof ScalarNode s) {
            return Arrays.asList(s.getValue().split("[;|]"));
        }
        if (value instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node n : seq.getValue()) {
                out.add(scalar(n, collector, "an alias"));
            }
            return out;
        }
        throw collector.fail(where(value), "aliases must be a list of words or phrases");
    }

    private static String scalar(Node node, EntryCollector collector, String what) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw collector.fail(where(node), what + " must be plain text, not a list or map");
    }

    private static String where(Node node) {
        return node.getStartMark() == null ? "" : "line " + (node.getStartMark().getLine() + 1);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
