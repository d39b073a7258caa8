package org.careprint.print;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Inline;

/**
 * Turns blocks into tagged, line-broken units in reading order. Knows large-print rules (first use of a
 * term bold and framed, emphasis bold only, no heading level skipped) but nothing about pages.
 */
final class ContentBuilder {
    private final Style style;
    private final Fonts fonts;
    private final LineBreaker breaker;
    private final StructNode document;
    private final float left;
    private final float width;
    private final Set<String> seenTerms = new HashSet<>();
    private final List<Unit> units = new ArrayList<>();
    /** Heading units: what follows one sits closer to it (half a line) than to what precedes it. */
    private final Set<Unit> headings = Collections.newSetFromMap(new IdentityHashMap<>());
    private int lastHeadingLevel = 1;
    /** Added to every heading's tag level (not its size): 1 in a booklet, where a handout is a chapter. */
    private int headingOffset;

    ContentBuilder(Style style, Fonts fonts, StructNode document, float left, float width) {
        this.style = style;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.document = document;
        this.left = left;
        this.width = width;
    }

    void headingOffset(int offset) {
        this.headingOffset = offset;
    }

    List<Unit> takeUnits() {
        List<Unit> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (i > 0 && headings.contains(units.get(i - 1)) && unit.spaceBefore() > afterHeading()) {
                unit = new Unit(unit.rows(), afterHeading(), unit.keepTogether(), unit.keepWithNext(),
                        unit.continuationHeader());
            }
            out.add(unit);
        }
        units.clear();
        headings.clear();
        return List.copyOf(out);
    }

    /** Space between a heading and what follows it: half a line (the space before a heading is a full one). */
    float afterHeading() {
        return style.leading() * 0.5f;
    }

    LineBreaker breaker() {
        return breaker;
    }

    float leading() {
        return style.leading();
    }

    /** Offset of the baseline below the top of a band of the given height, centring the text's body. */
    static float baseline(float bandHeight, float size) {
        return bandHeight / 2 + size * 0.32f;
    }

    // ---- inline content ----

    List<Span> spans(List<Inline> inlines, boolean bold) {
        List<Span> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                out.add(new Span(t.text(), bold, null));
            } else if (inline instanceof Inline.Emphasis e) {
                out.addAll(spans(e.content(), true));
            } else if (inline instanceof Inline.Term term) {
                String key = termKey(term);
                // Only defined terms are in "Words to know", so only they get the first-use cue: bold inside a
                // frame. Emphasis is bold without a frame, so the two never look alike.
                boolean first = term.defined() && seenTerms.add(key);
                out.add(new Span(term.text(), bold || first, key, first, null));
            }
        }
        return out;
    }

    static String termKey(Inline.Term term) {
        String key = term.key() == null || term.key().isBlank() ? term.text() : term.key();
        return key.toLowerCase(Locale.ROOT);
    }

    // ---- generic text blocks ----

    /**
     * Line-broken text tagged with {@code node}, as rows of one line each. Spans that name their own node
     * (links, glossary labels) become separate marks on the same line, each tagged with its node.
     */
    List<Row> textRows(List<Span> spans, StructNode node, float x, float size, Rgb color) {
        float maxWidth = left + width - x;
        float band = size * style.lineSpacing();
        List<Row> rows = new ArrayList<>();
        for (Line line : breaker.lines(spans, size, maxWidth, style.maxLineChars())) {
            rows.add(new Row(band, lineMarks(line.spans(), node, x, baseline(band, size), size, color)));
        }
        return rows;
    }

    /** One mark per run of spans sharing a structure node, placed one after the other. */
    List<Mark> lineMarks(List<Span> spans, StructNode node, float x, float y, float size, Rgb color) {
        List<Mark> marks = new ArrayList<>();
        List<Span> segment = new ArrayList<>();
        StructNode segmentNode = null;
        float at = x;
        for (Span span : spans) {
            StructNode target = span.node() != null ? span.node() : node;
            if (!segment.isEmpty() && target != segmentNode) {
                marks.add(new Mark.Text(at, y, segment, size, color, segmentNode));
                for (Span done : segment) {
                    at += fonts.width(done.text(), done.bold(), size);
                }
                segment = new ArrayList<>();
            }
            segmentNode = target;
            segment.add(span);
        }
        if (!segment.isEmpty()) {
            marks.add(new Mark.Text(at, y, segment, size, color, segmentNode));
        }
        return marks;
    }

    void paragraph(List<Span> spans, StructNode node, boolean keepWithNext) {
        List<Span> linked = "P".equals(node.type()) ? Links.linkify(spans, node) : spans;
        List<Row> rows = textRows(linked, node, left, style.bodySize(), style.textColor());
        // Three lines or fewer stay together; longer ones split with two or more lines on each side.
        units.add(new Unit(rows, style.paragraphGapPoints(), false, keepWithNext));
    }

    /**
     * A glossary entry as a list item of {@code list}: the bold spans (the term) are its Lbl, the rest (the
     * definition) its LBody. Entries sit half a line apart, with the body's line spacing inside; an entry
     * is read as one piece, so it never splits (unless taller than eight lines).
     */
    void entry(List<Span> spans, StructNode list) {
        StructNode item = list.add("LI");
        StructNode label = item.add("Lbl");
        StructNode body = item.add("LBody");
        List<Span> tagged = new ArrayList<>();
        boolean inLabel = true;
        for (Span span : spans) {
            inLabel &= span.bold();
            tagged.add(span.withNode(inLabel ? label : body));
        }
        List<Row> rows = textRows(tagged, body, left, style.bodySize(), style.textColor());
        units.add(new Unit(rows, style.leading() * 0.5f, rows.size() <= 8, false));
    }

    void heading(int requestedLevel, List<Span> spans) {
        int level = Math.max(2, Math.min(requestedLevel, lastHeadingLevel + 1));
        lastHeadingLevel = level;
        headingAt(level, spans);
    }

    void headingAt(int level, List<Span> spans) {
        StructNode node = document.add("H" + Math.min(level + headingOffset, 6));
        List<Span> bold = spans.stream().map(Span::bolded).toList();
        float size = style.headingSize(level);
        List<Row> rows = textRows(bold, node, left, size, style.headingColor());
        // A full blank line above (the paragraph gap), half a line below: the heading sits with its text.
        float space = level == 1 ? 0 : style.paragraphGapPoints();
        Unit unit = new Unit(rows, space, rows.size() <= 3, true);
        units.add(unit);
        headings.add(unit);
    }

    // ---- blocks ----

    void blocks(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean beforeList = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.BulletList;
            block.accept(new Block.Visitor<Void>() {
                @Override
                public Void heading(Block.Heading h) {
                    ContentBuilder.this.heading(h.level(), spans(h.content(), true));
                    return null;
                }

                @Override
                public Void paragraph(Block.Paragraph p) {
                    List<Span> spans = spans(p.content(), false);
                    if (!blank(spans)) {
                        String text = org.careprint.model.Inlines.plainText(p.content()).strip();
                        ContentBuilder.this.paragraph(spans, document.add("P"), beforeList && text.endsWith(":"));
                    }
                    return null;
                }

                @Override
                public Void list(Block.BulletList l) {
                    new ListLayout(ContentBuilder.this, units).list(l, document, left);
                    return null;
                }

                @Override
                public Void table(Block.Table t) {
                    new TableLayout(ContentBuilder.this, units).table(t, document);
                    return null;
                }

                @Override
                public Void figure(Block.Figure f) {
                    String description = f.description().isBlank() ? "no description given" : f.description().strip();
                    StructNode node = document.add("Figure").withAlt(description);
                    ContentBuilder.this.paragraph(List.of(Span.plain("Image: " + description)), node, false);
                    return null;
                }
            });
        }
    }

    static boolean blank(List<Span> spans) {
        for (Span s : spans) {
            if (!s.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    Style style() {
        return style;
    }

    Fonts fonts() {
        return fonts;
    }

    float left() {
        return left;
    }

    float width() {
        return width;
    }

    void add(Unit unit) {
        units.add(unit);
    }
}
