package org.careprint.glossary;

import org.careprint.model.Block;
import org.careprint.model.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds blocks with every inline run (paragraph, heading, list item at any depth, table cell) passed
 * through a function. Emphasis content is a run of its own. Model records are immutable, so this
 * returns new blocks.
 */
final class RunRewriter {
    private final UnaryOperator<List<Inline>> runFunction;
    private final boolean includeHeadings;

    RunRewriter(UnaryOperator<List<Inline>> runFunction, boolean includeHeadings) {
        this.runFunction = runFunction;
        this.includeHeadings = includeHeadings;
    }

    List<Block> rewrite(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            out.add(block.accept(new Block.Visitor<Block>() {
                @Override
                public Block heading(Block.Heading h) {
                    return includeHeadings ? new Block.Heading(h.level(), run(h.content()), h.line()) : h;
                }

                @Override
                public Block paragraph(Block.Paragraph p) {
                    return new Block.Paragraph(run(p.content()), p.line());
                }

                @Override
                public Block list(Block.BulletList l) {
                    return new Block.BulletList(items(l.items()), l.ordered(), l.line());
                }

                @Override
                public Block table(Block.Table t) {
                    List<List<Block.Cell>> rows = new ArrayList<>();
                    for (List<Block.Cell> row : t.rows()) {
                        rows.add(cells(row));
                    }
                    return new Block.Table(t.caption(), cells(t.header()), rows, t.line());
                }

                @Override
                public Block figure(Block.Figure f) {
                    return f;
                }
            }));
        }
        return out;
    }

    private List<Block.ListItem> items(List<Block.ListItem> items) {
        List<Block.ListItem> out = new ArrayList<>(items.size());
        for (Block.ListItem item : items) {
            out.add(new Block.ListItem(run(item.content()), items(item.children()), item.line()));
        }
        return out;
    }

    private List<Block.Cell> cells(List<Block.Cell> cells) {
        List<Block.Cell> out = new ArrayList<>(cells.size());
        for (Block.Cell cell : cells) {
            if (cell.items().isEmpty()) {
                out.add(new Block.Cell(run(cell.content())));
                continue;
            }
            // A list cell keeps its items (print and the EPUB draw them). The items are rewritten first, and a cell
            // that is only its list gets its running text joined again from them, so both say the same.
            List<Block.ListItem> items = items(cell.items());
            if (cell.onlyList()) {
                List<Inline> content = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        content.add(new Inline.Text("; "));
                    }
                    content.addAll(items.get(i).content());
                }
                out.add(new Block.Cell(content, items));
            } else {
                out.add(new Block.Cell(run(cell.content()), items));
            }
        }
        return out;
    }

    /** Rewrites emphasis contents first (depth first), then the run itself. */
    List<Inline> run(List<Inline> inlines) {
        List<Inline> inner = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Emphasis e) {
                inner.add(new Inline.Emphasis(run(e.content())));
            } else {
                inner.add(inline);
            }
        }
        return runFunction.apply(inner);
    }
}
