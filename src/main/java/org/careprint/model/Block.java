package org.careprint.model;

import java.util.List;

/** A block of content in reading order. {@code line} is the 1-based source line where it starts (0 = unknown). */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.BulletList, Block.Table, Block.Figure {

    int line();

    /** Java 17 has no pattern-matching switch, so dispatch over the sealed block types is a visitor. */
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R heading(Heading heading);

        R paragraph(Paragraph paragraph);

        R list(BulletList list);

        R table(Table table);

        R figure(Figure figure);
    }

    /** A section heading. Level 2 is a top-level section (level 1 is the document title). */
    record Heading(int level, List<Inline> content, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heading(this);
        }

        public Heading {
            content = List.copyOf(content);
            if (level < 2) {
                level = 2;
            }
        }
    }

    /** A paragraph; a lead-in ("The biopsy helps to:") is a paragraph whose text ends with a colon. */
    record Paragraph(List<Inline> content, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.paragraph(this);
        }

        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A list; {@code ordered} lists are numbered, others bulleted. */
    record BulletList(List<ListItem> items, boolean ordered, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.list(this);
        }

        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** One list item with optional nested items. */
    record ListItem(List<Inline> content, List<ListItem> children, int line) {
        public ListItem {
            content = List.copyOf(content);
            children = List.copyOf(children);
        }

        public ListItem(List<Inline> content, int line) {
            this(content, List.of(), line);
        }
    }

    /** A table with one header row. Rows may be shorter than the header; renderers pad them. */
    record Table(String caption, List<Cell> header, List<List<Cell>> rows, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }

        public Table {
            caption = caption == null ? "" : caption;
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One table cell. {@code content} is always the whole cell as running text; when the cell holds a list,
     * {@code items} is that list as structure (its items are also in {@code content}, joined by "; "), so a
     * renderer that lays cells out as text loses nothing and one that knows lists can draw them.
     */
    record Cell(List<Inline> content, List<ListItem> items) {
        public Cell {
            content = List.copyOf(content);
            items = items == null ? List.of() : List.copyOf(items);
        }

        public Cell(List<Inline> content) {
            this(content, List.of());
        }

        /** True when the cell is a list of two or more items and nothing else (no text before the list). */
        public boolean onlyList() {
            if (items.size() < 2) {
                return false;
            }
            List<String> texts = items.stream().map(i -> Inlines.plainText(i.content()).strip()).toList();
            return Inlines.plainText(content).strip().equals(String.join("; ", texts));
        }
    }

    /** An image, kept only as its text description (we never fetch images). */
    record Figure(String alt, String caption, int line) implements Block {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.figure(this);
        }

        public Figure {
            alt = alt == null ? "" : alt;
            caption = caption == null ? "" : caption;
        }

        /** What a reader who cannot see the image should get: the alt text, else the caption. */
        public String description() {
            if (!alt.isBlank() && !caption.isBlank() && !alt.equals(caption)) {
                return alt + ". " + caption;
            }
            return alt.isBlank() ? caption : alt;
        }
    }
}
