package org.careprint.check;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Handout;

/**
 * The text runs of a handout in reading order: headings, paragraphs, list items (each with its own line),
 * table captions and cells. Figures are left out: their alt text is not prose a patient reads.
 */
final class BodyText {
    private BodyText() {
    }

    public static List<TextRun> runs(Handout handout) {
        List<TextRun> runs = new ArrayList<>();
        for (Block block : handout.blocks()) {
            block.accept(new Block.Visitor<Void>() {
                @Override
                public Void heading(Block.Heading h) {
                    runs.add(TextRun.of(h.content(), h.line(), true));
                    return null;
                }

                @Override
                public Void paragraph(Block.Paragraph p) {
                    runs.add(TextRun.of(p.content(), p.line(), false));
                    return null;
                }

                @Override
                public Void list(Block.BulletList l) {
                    addItems(l.items(), l.line(), runs);
                    return null;
                }

                @Override
                public Void table(Block.Table t) {
                    if (!t.caption().isBlank()) {
                        runs.add(TextRun.of(org.careprint.model.Inlines.text(t.caption()), t.line(), false));
                    }
                    t.header().forEach(c -> runs.add(TextRun.of(c.content(), t.line(), false)));
                    t.rows().forEach(r -> r.forEach(c -> runs.add(TextRun.of(c.content(), t.line(), false))));
                    return null;
                }

                @Override
                public Void figure(Block.Figure f) {
                    return null;
                }
            });
        }
        return runs;
    }

    private static void addItems(List<Block.ListItem> items, int listLine, List<TextRun> runs) {
        for (Block.ListItem item : items) {
            int line = item.line() > 0 ? item.line() : listLine;
            runs.add(TextRun.of(item.content(), line, false));
            addItems(item.children(), listLine, runs);
        }
    }
}
