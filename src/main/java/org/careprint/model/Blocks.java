package org.careprint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Walks blocks in reading order. */
public final class Blocks {
    private Blocks() {
    }

    /** Visits every inline (recursing into emphasis) of every block, in reading order. */
    public static void forEachInline(List<Block> blocks, Consumer<Inline> visitor) {
        for (Block block : blocks) {
            for (List<Inline> run : inlineRuns(block)) {
                visit(run, visitor);
            }
        }
    }

    private static void visit(List<Inline> inlines, Consumer<Inline> visitor) {
        for (Inline inline : inlines) {
            visitor.accept(inline);
            if (inline instanceof Inline.Emphasis e) {
                visit(e.content(), visitor);
            }
        }
    }

    /** The inline runs of a block in reading order (a list item or a table cell is one run). */
    public static List<List<Inline>> inlineRuns(Block block) {
        List<List<Inline>> runs = new ArrayList<>();
        block.accept(new Block.Visitor<Void>() {
            @Override
            public Void heading(Block.Heading h) {
                runs.add(h.content());
                return null;
            }

            @Override
            public Void paragraph(Block.Paragraph p) {
                runs.add(p.content());
                return null;
            }

            @Override
            public Void list(Block.BulletList l) {
                addItems(l.items(), runs);
                return null;
            }

            @Override
            public Void table(Block.Table t) {
                if (!t.caption().isBlank()) {
                    runs.add(Inlines.text(t.caption()));
                }
                t.header().forEach(c -> runs.add(c.content()));
                t.rows().forEach(r -> r.forEach(c -> runs.add(c.content())));
                return null;
            }

            @Override
            public Void figure(Block.Figure f) {
                runs.add(Inlines.text(f.description()));
                return null;
            }
        });
        return runs;
    }

    private static void addItems(List<Block.ListItem> items, List<List<Inline>> runs) {
        for (Block.ListItem item : items) {
            runs.add(item.content());
            addItems(item.children(), runs);
        }
    }

    /** Plain text of a block, runs joined by newlines. */
    public static String plainText(Block block) {
        StringBuilder sb = new StringBuilder();
        for (List<Inline> run : inlineRuns(block)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(Inlines.plainText(run));
        }
        return sb.toString();
    }
}
