package org.careprint.epub;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.audio.Timeline;

/**
 * Finds, for every cue of the audio {@link Timeline}, what it reads in the content document, walking both in order:
 * <ol>
 * <li>a phrase written verbatim in a text segment (headings and list items may have gained a final stop, numbered
 *     items a "1. ") becomes a {@code <span>} of its own;</li>
 * <li>"Acne means …" (a definition said after a term's first use) and its continuation point at that first use;</li>
 * <li>a phrase said for a table row, a picture or a glossary entry (most of its words are that element's) points at
 *     the element;</li>
 * <li>anything else — an announcement such as "A list of three items." — points at the structure that comes next.</li>
 * </ol>
 */
final class CueAligner {
    /** How many text segments ahead a phrase is looked for (skipped text: a phrase the voice had no words for). */
    static final int LOOK_AHEAD = 12;
    static final double GROUP_SHARE = 0.6;
    private static final Pattern MEANS = Pattern.compile("^(.+?) means ");
    private static final Pattern NUMBER = Pattern.compile("^\\d+\\.$");
    /** Phrases with this many words are looked for anywhere ahead: too long to be found by chance. */
    static final int LONG_PHRASE = 5;
    /** Words too common to tell which element a phrase was said for. */
    private static final Set<String> COMMON = Set.of("a", "an", "the", "of", "to", "and", "or", "in", "on", "is", "are",
            "it", "be", "for", "with", "as", "at", "by", "that", "this", "your", "you", "can", "may", "list", "items",
            "item", "table", "rows", "row", "one", "two", "three", "four", "five");

    /** A term's first use and the words of its definition. */
    record Anchor(String id, Set<String> words) {
    }

    /** What one cue points at, and whether it is a span of its own words. */
    record Target(String id, boolean verbatim) {
    }

    private record Unit(int first, int last, String group, Set<String> words) {
    }

    private final List<Segment> segments;
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, Anchor> anchors;
    private int unit;
    private int offset;
    private Anchor defining;

    private CueAligner(List<Segment> segments, Map<String, Anchor> anchors) {
        this.segments = segments;
        this.anchors = anchors;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int last = i;
            Set<String> words = new HashSet<>(Segment.words(s.text));
            while (s.group != null && last + 1 < segments.size() && s.group.equals(segments.get(last + 1).group)) {
                last++;
                words.addAll(Segment.words(segments.get(last).text));
                words.addAll(segments.get(last).extraWords);
            }
            words.addAll(s.extraWords);
            units.add(new Unit(i, last, s.group, words));
            i = last;
        }
    }

    /** Marks the verbatim phrases in the segments (as {@link Segment.Cut}s) and returns every cue's target. */
    static List<Target> align(Timeline timeline, List<Segment> segments, Map<String, Anchor> anchors) {
        CueAligner a = new CueAligner(segments, anchors);
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < timeline.cues().size(); i++) {
            out.add(a.place(timeline.cues().get(i).text(), "cue" + (i + 1)));
        }
        return out;
    }

    private Target place(String cue, String spanId) {
        List<String> words = Segment.words(cue);
        Matcher m = MEANS.matcher(cue);
        Anchor anchor = m.find() ? anchors.get(m.group(1).strip().toLowerCase(java.util.Locale.ROOT)) : null;
        if (anchor != null) {
            defining = anchor;
            return new Target(anchor.id(), false);
        }
        if (NUMBER.matcher(cue.strip()).matches()) { // "1." said before a numbered item: the item that follows
            return new Target(segments.get(units.get(next()).first).elementId, false);
        }
        Target text = verbatim(cue, spanId, words);
        if (text != null) {
            defining = null;
            return text;
        }
        if (defining != null && share(words, defining.words()) >= GROUP_SHARE) {
            return new Target(defining.id(), false);
        }
        defining = null;
        // The row or entry the phrase shares most with, the nearest on a tie: a table's header words are in every
        // row's bag, so the first row over the bar is not always the one being read.
        int best = -1;
        double bestShare = GROUP_SHARE;
        for (int u = unit; u < units.size() && u < unit + LOOK_AHEAD; u++) {
            double share = isGroup(u) ? share(words, units.get(u).words) : 0;
            if (share > bestShare || share == bestShare && best < 0 && share >= GROUP_SHARE) {
                best = u;
                bestShare = share;
            }
        }
        if (best >= 0) {
            return group(best);
        }
        String section = segments.get(units.get(Math.min(unit, units.size() - 1)).first).container;
        for (int u = 0; section != null && u < units.size(); u++) { // "Words to know" may be read in another order
            Unit x = units.get(u);
            if (isGroup(u) && section.equals(segments.get(x.first).container) && share(words, x.words) >= GROUP_SHARE) {
                return group(u);
            }
        }
        Segment s = segments.get(units.get(next()).first);
        return new Target(s.container != null ? s.container : s.elementId, false);
    }

    /** The unit the next words are in: the current one unless it has been read to its end. */
    private int next() {
        int u = unit;
        if (units.get(u).group == null && offset >= segments.get(units.get(u).first).text.length()) {
            u++;
        }
        while (u < units.size() - 1 && "".equals(units.get(u).group)) {
            u++;
        }
        return Math.min(u, units.size() - 1);
    }

    private Target group(int u) {
        unit = u;
        offset = 0;
        return new Target(units.get(u).group, false);
    }

    private Target verbatim(String cue, String spanId, List<String> words) {
        int texts = 0;
        int look = words.size() >= LONG_PHRASE ? Integer.MAX_VALUE : LOOK_AHEAD;
        for (int u = unit; u < units.size() && texts < look; u++) {
            Unit x = units.get(u);
            if (x.group != null) {
                if (isGroup(u) && share(words, x.words) >= GROUP_SHARE) {
                    return null; // said for a row or entry that comes first
                }
                continue;
            }
            texts++;
            Segment s = segments.get(x.first);
            int from = u == unit ? offset : 0;
            for (String v : variants(cue)) {
                int at = s.text.indexOf(v, from);
                if (at >= 0 && v.codePoints().anyMatch(Character::isLetter)) {
                    s.cuts.add(new Segment.Cut(at, at + v.length(), spanId));
                    unit = u;
                    offset = at + v.length();
                    return new Target(spanId, true);
                }
            }
        }
        return null;
    }

    /** The cue as it may be written: as said, without an added final stop, without a list number. */
    static List<String> variants(String cue) {
        List<String> out = new ArrayList<>();
        String c = cue.strip();
        out.add(c);
        String numberless = c.replaceFirst("^\\d+\\. ", "");
        out.add(numberless);
        for (String v : List.of(c, numberless)) {
            if (v.endsWith(".") && v.length() > 1) {
                out.add(v.substring(0, v.length() - 1));
            }
        }
        return out;
    }

    private boolean isGroup(int u) {
        return units.get(u).group != null && !units.get(u).group.isEmpty();
    }

    /** The share of the phrase's telling words (not {@link #COMMON}) that the element has. */
    private static double share(List<String> words, Set<String> bag) {
        List<String> telling = words.stream().filter(w -> !COMMON.contains(w)).toList();
        if (telling.isEmpty()) {
            return 0;
        }
        long in = telling.stream().filter(bag::contains).count();
        return in / (double) telling.size();
    }
}
