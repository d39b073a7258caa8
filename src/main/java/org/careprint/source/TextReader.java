package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Inline;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;

/**
 * Reads scraped web text, the reference format (see FORMATS.md §1): title on the first non-blank line,
 * page dates near the end, {@code info-icon} glossary markers, bullets with {@code •}, lead-ins ending in
 * ":", and paragraphs separated either by blank lines (hard-wrapped text) or by single newlines.
 */
public final class TextReader implements DocumentReader {
    private static final Pattern BULLET = Pattern.compile("^(\\s*)([•·▪◦‣●○■*+\\-–]|bullet(?= \\p{Lu}))\\s+(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern FIGURE = Pattern.compile(
            "^\\[?\\s*(?:image|figure|illustration|photo|picture|diagram|graphic)(?:\\s+\\d+)?\\s*[:\\-–—]\\s*(.+?)\\s*]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_IMAGE = Pattern.compile("^!\\[([^\\]]*)]\\([^)]*\\)$");
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern PIPE_RULE = Pattern.compile("^\\s*\\|?[\\s:|\\-]+\\|?\\s*$");
    /** Footnote reference digits glued after a sentence's last word: "treatment.3", "cancer,2,5". */
    private static final Pattern FOOTNOTE = Pattern.compile("(?<=\\p{Ll}[.!?,;)”\"])\\d{1,3}+(?:[,–\\-]\\d{1,3}+)*+(?=\\s|$)");
    private static final int MAX_ITEM_LENGTH = 100;
    private static final int LONG_PARAGRAPH = 60;

    /** A logical line after joining wrapped lines. */
    private record Unit(String text, String raw, int line, boolean blankBefore) {
    }

    private final LoadOptions options;

    public TextReader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public ReadResult read(String sourceName, String text) {
        ReadContext ctx = new ReadContext(sourceName, options);
        List<SourceLine> lines = splitLines(text);

        Preamble preamble = preamble(lines, ctx);
        int titleIndex = preamble.titleIndex;
        String title = preamble.title;
        List<SourceLine> body = new ArrayList<>(lines.subList(titleIndex + 1, lines.size()));
        String previousKind = null;
        for (int i = 0; i < body.size(); i++) {
            String raw = body.get(i).text();
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> cruft = CruftRules.classify(raw);
            if (cruft.isEmpty() && "help boxes".equals(previousKind) && HELP_BOX_LINE.matcher(TextCleaner.collapse(raw)).matches()) {
                cruft = Optional.of("help boxes"); // "Have a question?" then "Call 1-800-…" / "Chat with …"
            }
            previousKind = cruft.orElse(null);
            if (cruft.isPresent()) {
                ctx.cruft.add(cruft.get());
                body.set(i, new SourceLine("", body.get(i).line()));
            }
        }
        PageDates.Result dates = new PageDates(ctx.dates).scan(body);
        ctx.findings.addAll(dates.findings);
        for (int i = 0; i < body.size(); i++) {
            if (dates.consumed.contains(i)) {
                String rest = dates.remainders.getOrDefault(i, "");
                if (!rest.isEmpty() && CruftRules.classify(rest).isPresent()) {
                    ctx.cruft.add(CruftRules.classify(rest).get());
                    rest = "";
                }
                body.set(i, new SourceLine(rest, body.get(i).line()));
            }
        }
        List<Block> blocks = new BlockAssembler(ctx, units(body)).assemble();
        Metadata metadata = new Metadata(title, null, dates.reviewed, dates.reviewer, dates.updatedOrPosted(), null,
                sourceName, dates.reviewedLine, dates.updatedOrPostedLine(), preamble.organization);
        return ctx.result(metadata, blocks);
    }

    /** A short line that belongs to a help box: "Call 1-800-…", "Chat with an information specialist". */
    private static final Pattern HELP_BOX_LINE = Pattern.compile(
            "(?i)(?:call|chat|e-?mail|text|tty|contact|talk|1-8\\d\\d)\\b.{0,70}");
    /** A navigation entry that says it is one: a "bullet" image's alt text, a "… Home" link. */
    private static final Pattern NAV_MARKED = Pattern.compile("(?i)^(?:bullet\\s+.+|.{1,40}\\shome)$");

    /** Where the title is, what organization the masthead names, what chrome was dropped. */
    private record Preamble(int titleIndex, String title, String organization) {
    }

    /**
     * The title is the first line that belongs to the content. Cruft, mastheads (organization names) and
     * navigation labels above it are dropped. When the page opens with such chrome, a navigation menu may
     * follow: then the title is the first heading-like line after the menu's last marked entry ("bullet …",
     * "… Home"), and the menu is dropped too.
     */
    private static Preamble preamble(List<SourceLine> lines, ReadContext ctx) {
        String organization = null;
        boolean chrome = false;
        int i = 0;
        for (; i < lines.size(); i++) {
            String raw = lines.get(i).text();
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> cruft = CruftRules.classify(raw);
            String kind = cruft.orElse(Chrome.isOrganization(raw) ? "site mastheads"
                    : Chrome.isNavigationLabel(raw) ? "navigation labels" : null);
            if (kind == null) {
                break;
            }
            if (kind.equals("site mastheads") && organization == null) {
                organization = Chrome.organizationName(raw);
            }
            chrome |= kind.equals("site mastheads") || kind.equals("navigation labels")
                    || kind.equals("skip and back-to-top links") || kind.equals("government site banners");
            ctx.cruft.add(kind);
            lines.set(i, new SourceLine("", lines.get(i).line()));
        }
        if (i >= lines.size()) {
            return new Preamble(-1, "", organization);
        }
        if (chrome) {
            int lastMarked = -1;
            for (int k = i; k < lines.size() && k < i + 80; k++) {
                String t = TextCleaner.collapse(lines.get(k).text());
                if (t.length() >= 60 && !HeadingRules.isShortBare(t)) {
                    break; // the content has started
                }
                if (NAV_MARKED.matcher(t).matches() || !t.isEmpty() && (Chrome.isNavigationLabel(t) || Chrome.isOrganization(t))) {
                    lastMarked = k;
                }
            }
            if (lastMarked >= i) {
                for (int k = i; k <= lastMarked; k++) {
                    String t = lines.get(k).text();
                    if (!t.isBlank()) {
                        if (organization == null && Chrome.isOrganization(t)) {
                            organization = Chrome.organizationName(t);
                        }
                        ctx.cruft.add("navigation menus");
                        lines.set(k, new SourceLine("", lines.get(k).line()));
                    }
                }
                i = lastMarked + 1;
                while (i < lines.size() && (lines.get(i).text().isBlank() || CruftRules.classify(lines.get(i).text()).isPresent())) {
                    if (!lines.get(i).text().isEmpty()) {
                        ctx.cruft.add(CruftRules.classify(lines.get(i).text()).get());
                        lines.set(i, new SourceLine("", lines.get(i).line()));
                    }
                    i++;
                }
                if (i >= lines.size()) {
                    return new Preamble(-1, "", organization);
                }
            }
        }
        String candidate = TitleCleaner.clean(lines.get(i).text());
        if (!candidate.isEmpty() && candidate.length() <= 150 && new DateParser(false).find(candidate).isEmpty()) {
            return new Preamble(i, candidate, organization);
        }
        return new Preamble(-1, "", organization);
    }

    static List<SourceLine> splitLines(String text) {
        String[] parts = text.split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new SourceLine(stripTrailing(parts[i]), i + 1));
        }
        return lines;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        // keep whitespace-only lines recognizable as such for the cruft count
        return end == 0 && !s.isEmpty() ? s : s.substring(0, end);
    }

    /**
     * Groups lines into units. Hard-wrapped files (lines that run on into a lowercase next line) join
     * consecutive long lines; one-paragraph-per-line files keep each line as its own unit.
     */
    private static List<Unit> units(List<SourceLine> body) {
        boolean wrapped = isHardWrapped(body);
        int width = 0;
        for (SourceLine l : body) {
            width = Math.max(width, l.text().length());
        }
        List<Unit> units = new ArrayList<>();
        boolean blankBefore = true;
        StringBuilder current = null;
        String currentRaw = null;
        int currentLine = 0;
        int lastLength = 0;
        boolean currentBlank = false;
        for (SourceLine l : body) {
            String raw = l.text();
            if (raw.isBlank()) {
                if (current != null) {
                    units.add(new Unit(current.toString(), currentRaw, currentLine, currentBlank));
                    current = null;
                }
                blankBefore = true;
                continue;
            }
            boolean special = isSpecial(raw);
            boolean join = wrapped && current != null && !special && !currentRaw.endsWith(":")
                    && lastLength >= Math.max(30, width * 6 / 10) && !isSpecial(currentRaw);
            if (join) {
                current.append(' ').append(raw.trim());
            } else {
                if (current != null) {
                    units.add(new Unit(current.toString(), currentRaw, currentLine, currentBlank));
                }
                current = new StringBuilder(raw.trim());
                currentRaw = raw;
                currentLine = l.line();
                currentBlank = blankBefore;
            }
            lastLength = raw.length();
            blankBefore = false;
        }
        if (current != null) {
            units.add(new Unit(current.toString(), currentRaw, currentLine, currentBlank));
        }
        return units;
    }

    private static boolean isSpecial(String raw) {
        return BULLET.matcher(raw).matches() || NUMBERED.matcher(raw).matches() || PIPE_ROW.matcher(raw).matches()
                || raw.indexOf('\t') > 0;
    }

    private static boolean isHardWrapped(List<SourceLine> body) {
        int pairs = 0;
        int runOn = 0;
        for (int i = 1; i < body.size(); i++) {
            String prev = body.get(i - 1).text().trim();
            String next = body.get(i).text().trim();
            if (prev.isEmpty() || next.isEmpty() || isSpecial(body.get(i).text())) {
                continue;
            }
            pairs++;
            char end = prev.charAt(prev.length() - 1);
            if (prev.length() >= 30 && ".!?:\"”)".indexOf(end) < 0 && Character.isLowerCase(next.charAt(0))) {
                runOn++;
            }
        }
        return runOn >= 2 || runOn >= 1 && runOn * 4 >= pairs;
    }

    /** Turns units into blocks: lists, tables, figures, headings, lead-ins and paragraphs. */
    private static final class BlockAssembler {
        private final ReadContext ctx;
        private final List<Unit> units;
        private final List<Block> blocks = new ArrayList<>();
        private int pos;

        BlockAssembler(ReadContext ctx, List<Unit> units) {
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
}
