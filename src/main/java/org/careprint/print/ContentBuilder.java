package org.careprint.print;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careprint.model.Block;
import org.careprint.model.Inline;

/**
 * Turns blocks into tagged, line-broken units in reading order. Knows large-print rules (bold first use
 * of a term, bold emphasis, no heading level skipped) but nothing about pages.
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
    private int lastHeadingLevel = 1;

    ContentBuilder(Style style, Fonts fonts, StructNode document, float left, float width) {
        this.style = style;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.document = document;
        this.left = left;
        this.width = width;
    }

    List<Unit> takeUnits() {
        List<Unit> out = List.copyOf(units);
        units.clear();
        return out;
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
                // Only defined terms are in "Words to know", so only they get the first-use cue.
                boolean first = term.defined() && seenTerms.add(key);
                out.add(new Span(term.text(), bold || first, key));
            }
        }
        return out;
    }

    static String termKey(Inline.Term term) {
        String key = term.key() == null || term.key().isBlank() ? term.text() : term.key();
        return key.toLowerCase(Locale.ROOT);
    }

    // ---- generic text blocks ----

    /** Line-broken text tagged with {@code node}, as rows of one line each. */
    List<Row> textRows(List<Span> spans, StructNode node, float x, float size, Rgb color) {
        float maxWidth = left + width - x;
        float band = size * style.lineSpacing();
        List<Row> rows = new ArrayList<>();
        for (Line line : breaker.lines(spans, size, maxWidth, style.maxLineChars())) {
            rows.add(new Row(band, List.of(new Mark.Text(x, baseline(band, size), line.spans(), size, color, node))));
        }
        return rows;
    }

    void paragraph(List<Span> spans, StructNode node, boolean keepWithNext) {
        List<Row> rows = textRows(spans, node, left, style.bodySize(), style.textColor());
        // Three lines or fewer stay together; longer ones split with two or more lines on each side.
        units.add(new Unit(rows, style.paragraphGapPoints(), false, keepWithNext));
    }

    /** A glossary entry: short, and read as one piece, so it never splits (unless taller than half a page). */
    void entry(List<Span> spans, StructNode node) {
        List<Row> rows = textRows(spans, node, left, style.bodySize(), style.textColor());
        units.add(new Unit(rows, style.paragraphGapPoints(), rows.size() <= 8, false));
    }

    void heading(int requestedLevel, List<Span> spans) {
        int level = Math.max(2, Math.min(requestedLevel, lastHeadingLevel + 1));
        lastHeadingLevel = level;
        headingAt(level, spans);
    }

    void headingAt(int level, List<Span> spans) {
        StructNode node = document.add("H" + Math.min(level, 6));
        List<Span> bold = spans.stream().map(s -> new Span(s.text(), true, s.termKey())).toList();
        float size = style.headingSize(level);
        List<Row> rows = textRows(bold, node, left, size, style.headingColor());
        float space = level == 1 ? 0 : style.paragraphGapPoints() + style.leading() * 0.5f;
        units.add(new Unit(rows, space, rows.size() <= 3, true));
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
