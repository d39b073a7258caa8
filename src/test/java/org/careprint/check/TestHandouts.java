package org.careprint.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/** Builds test handouts straight from model records, plus a tiny markup for fixture pages. */
final class TestHandouts {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final LocalDate REVIEWED = LocalDate.of(2024, 3, 10);

    private TestHandouts() {
    }

    static Metadata meta(LocalDate reviewed, String reviewer, LocalDate updated) {
        return new Metadata("Test page", "en-US", reviewed, reviewer, updated, null, "test.txt", 40, 44);
    }

    static Handout handout(Block... blocks) {
        return new Handout(meta(REVIEWED, "Dr. Ana Ruiz", null), List.of(blocks));
    }

    static Handout handout(Metadata metadata, Block... blocks) {
        return new Handout(metadata, List.of(blocks));
    }

    /** Strings become text, inlines are kept. */
    static List<Inline> inlines(Object... parts) {
        List<Inline> out = new ArrayList<>();
        for (Object part : parts) {
            out.add(part instanceof Inline i ? i : new Inline.Text(part.toString()));
        }
        return out;
    }

    static Block.Paragraph para(int line, Object... parts) {
        return new Block.Paragraph(inlines(parts), line);
    }

    static Block.Heading heading(int line, String text) {
        return new Block.Heading(2, inlines(text), line);
    }

    static Block.BulletList list(int line, String... items) {
        List<Block.ListItem> li = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            li.add(new Block.ListItem(inlines(items[i]), line + i));
        }
        return new Block.BulletList(li, false, line);
    }

    static Block.Table table(int line, String... header) {
        List<Block.Cell> cells = new ArrayList<>();
        for (String h : header) {
            cells.add(new Block.Cell(inlines(h)));
        }
        return new Block.Table("", cells, List.of(cells), line);
    }

    static Inline.Term term(String text) {
        return new Inline.Term(text, false);
    }

    static Inline.Term defined(String text, String definition) {
        return new Inline.Term(text, text, definition, false, false);
    }

    static ReviewInfo review(Handout h, LocalDate next, ReviewStatus status) {
        Metadata m = h.metadata();
        return new ReviewInfo(m.reviewed(), m.reviewer(), m.updated(), next, status);
    }

    static LintContext context(Handout h) {
        return new LintContext(h, review(h, h.metadata().reviewed() == null ? null : h.metadata().reviewed().plusYears(3),
                h.metadata().reviewed() == null ? ReviewStatus.UNKNOWN : ReviewStatus.CURRENT), CheckOptions.of(TODAY));
    }

    static LintContext context(Handout h, ReviewInfo review) {
        return new LintContext(h, review, CheckOptions.of(TODAY));
    }

    /**
     * Fixture markup, one block per group of lines: "## text" a heading, "- text" list items, anything else a
     * paragraph (blank lines separate paragraphs). {@code [[words]]} is an undefined glossary term and
     * {@code [[words|definition]]} a defined one. Lines are the fixture's own line numbers.
     */
    static Handout fixture(String name) {
        String text;
        try (InputStream in = TestHandouts.class.getResourceAsStream("/check/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        List<Block.ListItem> items = new ArrayList<>();
        int listLine = 0;
        StringBuilder para = new StringBuilder();
        int paraLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            int no = i + 1;
            boolean item = line.startsWith("- ");
            if (!item && !items.isEmpty()) {
                blocks.add(new Block.BulletList(items, false, listLine));
                items = new ArrayList<>();
            }
            if ((line.isEmpty() || item || line.startsWith("## ")) && para.length() > 0) {
                blocks.add(new Block.Paragraph(markup(para.toString()), paraLine));
                para.setLength(0);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                blocks.add(new Block.Heading(2, markup(line.substring(3)), no));
            } else if (item) {
                if (items.isEmpty()) {
                    listLine = no;
                }
                items.add(new Block.ListItem(markup(line.substring(2)), no));
            } else {
                if (para.length() == 0) {
                    paraLine = no;
                } else {
                    para.append(' ');
                }
                para.append(line);
            }
        }
        return new Handout(meta(REVIEWED, "Dr. Ana Ruiz", null), blocks);
    }

    private static final Pattern TERM = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|([^\\]]+))?]]");

    static List<Inline> markup(String text) {
        List<Inline> out = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Inline.Text(text.substring(at, m.start())));
            }
            out.add(m.group(2) == null ? term(m.group(1)) : defined(m.group(1), m.group(2)));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Inline.Text(text.substring(at)));
        }
        return out;
    }
}
