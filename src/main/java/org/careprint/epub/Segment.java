package org.careprint.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A run of text in the content document that speech can be matched to: a heading, a paragraph, a list item, a table
 * cell, a glossary entry's term or definition. Text segments are cut into one {@code <span>} per spoken phrase; a
 * segment of a group (a table row, a glossary entry, a picture) is matched as a whole, by its words, since what is
 * said for it is not its text verbatim ("Drug: aspirin; Dose: 10 mg.").
 */
final class Segment {
    /** A spoken phrase found verbatim in this segment: characters {@code [from, to)} become {@code <span id>}. */
    record Cut(int from, int to, String id) {
    }

    final int index;
    final String elementId;
    final List<Run> runs;
    /** The list, table or section this text belongs to (what an announcement like "A list of three items" is about). */
    final String container;
    /** The id of the element matched as a whole (tr, glossary entry, figure), or null for a text segment. */
    final String group;
    final String text;
    final List<Cut> cuts = new ArrayList<>();
    /** Printed page numbers that begin in this segment, with the character where each begins. */
    final List<int[]> pageMarks = new ArrayList<>();
    /** Extra words said for the group but not written in it (a table's column headers). */
    final Set<String> extraWords = new TreeSet<>();

    Segment(int index, String elementId, List<Run> runs, String container, String group) {
        this.index = index;
        this.elementId = elementId;
        this.runs = collapse(runs);
        this.container = container;
        this.group = group;
        StringBuilder sb = new StringBuilder();
        this.runs.forEach(r -> sb.append(r.text()));
        this.text = sb.toString();
    }

    /** Runs with white space as the speech script has it: one space between words, none at either end. */
    static List<Run> collapse(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        boolean space = true; // drops leading white space
        for (Run r : runs) {
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < r.text().length(); i++) {
                char c = r.text().charAt(i);
                boolean white = Character.isWhitespace(c);
                if (white && !space) {
                    t.append(' ');
                } else if (!white) {
                    t.append(c);
                }
                space = white;
            }
            if (t.length() > 0) {
                out.add(new Run(t.toString(), r.strong(), r.href(), r.id()));
            }
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).text().endsWith(" ")) {
            Run r = out.get(last);
            String t = r.text().substring(0, r.text().length() - 1);
            out.set(last, new Run(t, r.strong(), r.href(), r.id()));
            if (t.isEmpty()) {
                out.remove(last);
            }
        }
        return List.copyOf(out);
    }

    boolean isText() {
        return group == null;
    }

    /** Lower-case words (runs of letters and digits) in order. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** Start offsets of the words of {@link #text}, parallel to {@code words(text)}. */
    int[] wordStarts() {
        List<Integer> starts = new ArrayList<>();
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                starts.add(i);
            }
            in = letter;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
