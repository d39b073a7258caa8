package org.careprint.source;

import static org.careprint.source.TextUnits.BULLET;
import static org.careprint.source.TextUnits.NUMBERED;
import static org.careprint.source.TextUnits.PIPE_ROW;
import static org.careprint.source.TextUnits.isSpecial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.careprint.source.TextUnits.Unit;

/** Turns the units of scraped text into blocks: lists, tables, figures, headings, lead-ins and paragraphs. */
final class TextBlocks {
    private static final Pattern FIGURE = Pattern.compile(
            "^\\[?\\s*(?:image|figure|illustration|photo|picture|diagram|graphic)(?:\\s+\\d+)?\\s*[:\\-–—]\\s*(.+?)\\s*]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\([^)]*\\)$");
    private static final Pattern PIPE_RULE = Pattern.compile("^\\s*\\|?[\\s:|\\-]+\\|?\\s*$");
    /** Footnote reference digits glued after a sentence's last word: "treatment.3", "cancer,2,5". */
    private static final Pattern FOOTNOTE = Pattern.compile("(?<=\\p{Ll}[.!?,;)”\"])\\d{1,3}+(?:[,–\\-]\\d{1,3}+)*+(?=\\s|$)");
    private static final int MAX_ITEM_LENGTH = 100;
    private static final int LONG_PARAGRAPH = 60;

    private final ReadContext ctx;
    private final List<Unit> units;
    private final List<Block> blocks = new ArrayList<>();
    private int pos;

    TextBlocks(ReadContext ctx, List<Unit> units) {
        this.ctx = ctx;
        this.units = units;
    }

    List<Block> assemble() {
        while (pos < units.size()) {
            Unit u = units.get(pos);
            if (BULLET.matcher(u.raw()).matches() || NUMBERED.matcher(u.raw()).matches()) {
                bulletList();
            } else if (PIPE_ROW.matcher(u.raw()).matches() || u.raw().indexOf('\t') > 0 && tabRowsAhead() >= 2) {
                table();
            } else if (figureAlt(u.text()) != null) {
                figure(u);
            } else if (HeadingRules.isLeadIn(u.text())) {
                paragraph(u);
                pos++;
                unbulletedList();
            } else if (isHeading(u)) {
                blocks.add(new Block.Heading(2, inlines(u.text()), u.line()));
                pos++;
            } else {
                paragraph(u);
                pos++;
            }
        }
        return blocks;
    }

    private boolean isHeading(Unit u) {
        String t = u.text();
        if (HeadingRules.isHeading(t)) {
            return true;
        }
        // sentence-case heading: a short bare line standing before a real paragraph
        if (HeadingRules.isShortBare(t) && HeadingRules.words(t).length <= 7 && pos + 1 < units.size()) {
            Unit next = units.get(pos + 1);
            return next.text().length() >= LONG_PARAGRAPH && !isSpecial(next.raw());
        }
        return false;
    }

    private void paragraph(Unit u) {
        if (!ctx.duplicates.isDuplicate(u.text(), u.line())) {
            blocks.add(new Block.Paragraph(inlines(u.text()), u.line()));
        }
    }

    private void bulletList() {
        ListBuilder list = new ListBuilder();
        int line = units.get(pos).line();
        boolean ordered = NUMBERED.matcher(units.get(pos).raw()).matches();
        while (pos < units.size()) {
            Unit u = units.get(pos);
            Matcher m = BULLET.matcher(u.raw());
            if (!m.matches()) {
                m = NUMBERED.matcher(u.raw());
                if (!m.matches()) {
                    break;
                }
            }
            int indent = m.group(1).length() + ("◦".equals(m.group(2)) || "○".equals(m.group(2)) ? 4 : 0);
            String itemText = u.text().replaceFirst("^\\s*(?:[•·▪◦‣●○■*+\\-–]|bullet(?= \\p{Lu})|\\d{1,2}[.)])\\s+", "");
            list.add(indent, inlines(itemText), u.line());
            pos++;
        }
        blocks.add(new Block.BulletList(list.build(), ordered, line));
    }

    /** Short plain lines right after a lead-in are the lead-in's list, even without bullets. */
    private void unbulletedList() {
        int end = pos;
        while (end < units.size()) {
            Unit u = units.get(end);
            String t = u.text();
            boolean gap = end > pos && u.blankBefore();
            if (gap || isSpecial(u.raw()) || t.length() > MAX_ITEM_LENGTH || HeadingRules.isLeadIn(t)
                    || HeadingRules.words(t).length > 14) {
                break;
            }
            end++;
        }
        // a Title Case line followed by a long paragraph is the next section's heading, not an item
        if (end - pos >= 3 && end < units.size() && HeadingRules.isTitleCase(units.get(end - 1).text())
                && units.get(end).text().length() >= LONG_PARAGRAPH) {
            end--;
        }
        if (end - pos < 2) {
            return;
        }
        ListBuilder list = new ListBuilder();
        int line = units.get(pos).line();
        for (int i = pos; i < end; i++) {
            list.add(0, inlines(units.get(i).text()), units.get(i).line());
        }
        blocks.add(new Block.BulletList(list.build(), false, line));
        pos = end;
    }

    private int tabRowsAhead() {
        int n = 0;
        for (int i = pos; i < units.size() && units.get(i).raw().indexOf('\t') > 0; i++) {
            n++;
        }
        return n;
    }

    private void table() {
        int line = units.get(pos).line();
        List<List<Block.Cell>> rows = new ArrayList<>();
        boolean pipes = PIPE_ROW.matcher(units.get(pos).raw()).matches();
        while (pos < units.size()) {
            String raw = units.get(pos).raw();
            if (pipes ? !PIPE_ROW.matcher(raw).matches() : raw.indexOf('\t') <= 0) {
                break;
            }
            pos++;
            if (pipes && PIPE_RULE.matcher(raw).matches()) {
                continue;
            }
            String inner = pipes ? raw.trim().replaceAll("^\\||\\|$", "") : raw.trim();
            List<Block.Cell> cells = new ArrayList<>();
            for (String cell : inner.split(pipes ? "\\|" : "\t+", -1)) {
                cells.add(CellLists.cell(inlines(cell)));
            }
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Block.Table("", rows.get(0), rows.subList(1, rows.size()), line));
    }

    private void figure(Unit u) {
        String alt = figureAlt(u.text());
        pos++;
        String caption = "";
        if (pos < units.size()) {
            Unit next = units.get(pos);
            String t = next.text();
            // a caption-like line right after an image is its caption, not a heading
            boolean labelled = t.matches("(?i)^(figure|caption|image|photo)\\b.*");
            if (t.length() <= 160 && !isSpecial(next.raw()) && !HeadingRules.isLeadIn(t)
                    && (labelled || HeadingRules.isShortBare(t) && !headingAfterFigure(next))) {
                caption = TextCleaner.collapse(t);
                pos++;
            }
        }
        blocks.add(new Block.Figure(alt, caption, u.line()));
    }

    /**
     * A heading-shaped line after an image that opens a long paragraph is the next section's heading when
     * nothing ties it to the image: the page has no blank-line structure, or a blank line separates them.
     */
    private boolean headingAfterFigure(Unit next) {
        if (!HeadingRules.isHeading(next.text()) || pos + 1 >= units.size()
                || units.get(pos + 1).text().length() < LONG_PARAGRAPH) {
            return false;
        }
        long blank = units.stream().filter(Unit::blankBefore).count();
        return next.blankBefore() || blank * 2 < units.size();
    }

    private static String figureAlt(String text) {
        Matcher m = FIGURE.matcher(text);
        if (m.matches()) {
            return TextCleaner.collapse(m.group(1));
        }
        Matcher md = MD_IMAGE.matcher(text.trim());
        return md.matches() ? TextCleaner.collapse(md.group(1)) : null;
    }

    private List<Inline> inlines(String text) {
        Matcher m = FOOTNOTE.matcher(TextCleaner.collapse(text));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            ctx.cruft.add("footnote markers");
            m.appendReplacement(sb, "");
        }
        m.appendTail(sb);
        return InfoIconMarkers.parse(sb.toString());
    }
}
