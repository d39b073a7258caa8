package org.careprint.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Finding;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.LeadIns;
import org.careprint.model.Metadata;
import org.careprint.model.ReaderNotes;

/**
 * What every reader does to its blocks once they are read, so the three formats behave alike: read the page
 * as a person would. Drops what only made sense on the web (a repeated title, contents and jump lists, a
 * heading repeated back to back, share rows left in lists, sentences that only point at media or pages the
 * handout does not carry, mastheads), keeps structure a person sees (questions under "Questions to ask" as a
 * list), leaves out {@code --drop-section} sections, recognizes PDQ boilerplate, cuts template placeholders,
 * and adds plain-words notes where a list was lost or the page was cut off. Every drop is counted.
 */
final class HandoutCleanup {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A sentence whose subject is media the handout does not carry, or a pointer to other web pages. */
    private static final Pattern MEDIA_POINTER = Pattern.compile(
            "^(?:(?:this|the|in this|in the|watch (?:this|the)|see (?:this|the)|the following|below is an?|above is an?"
                    + "|click (?:on )?(?:the|this)|play (?:this|the))\\s+(?:short\\s+|brief\\s+|\\d+[- ]minute\\s+)?"
                    + "(?:animation|animated video|video|clip|slideshow|slide show|interactive(?: tool| graphic)?|infographic"
                    + "|podcast|webinar|image gallery|photo gallery)s?\\b"
                    + "|.*\\b(?:on|from|visit|see|read|at|in) our (?:web ?)?(?:pages?|site|website|sections?)\\b"
                    + "|.*\\bclick (?:here|the link|on the link)\\b)", CI);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[\\p{Lu}“\"(\\d])");
    private static final Pattern CONTENTS_LABEL = Pattern.compile(
            "(?:on this page|in this (?:article|page|section|guide|summary)|(?:table of |page )?contents|jump to(?: section)?"
                    + "|sections|key points(?: for this section)?|skip to section)[:.]?", CI);
    private static final Pattern QUESTIONS_LEAD = Pattern.compile(
            ".*\\b(?:questions? (?:to ask|you (?:may|might) (?:want to )?ask|for your (?:doctor|care team|nurse|health care"
                    + " (?:team|provider))|to consider)|ask your (?:doctor|health care provider|care team|nurse)\\b.*"
                    + "(?:questions?|these|:)).*", CI);
    private static final Pattern PDQ_ABOUT = Pattern.compile("about this pdq summary", CI);
    /** The sub-sections NCI's PDQ pages put under "About This PDQ Summary". */
    private static final Set<String> PDQ_SUBSECTIONS = Set.of("purpose of this summary", "reviewers and updates",
            "clinical trial information", "permission to use this summary", "disclaimer", "contact us",
            "about pdq", "how to cite this summary", "images in this summary");
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "with", "for",
            "in", "on", "at", "by", "from", "your", "their", "its", "is", "are", "that", "which", "as", "than", "such");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}'’\\-]+)$");

    private final ReadContext ctx;
    private List<Block> blocks;
    private Metadata metadata;

    private HandoutCleanup(ReadContext ctx, Metadata metadata, List<Block> blocks) {
        this.ctx = ctx;
        this.metadata = metadata;
        this.blocks = new ArrayList<>(blocks);
    }

    record Outcome(Metadata metadata, List<Block> blocks) {
    }

    static Outcome apply(ReadContext ctx, Metadata metadata, List<Block> blocks) {
        HandoutCleanup c = new HandoutCleanup(ctx, metadata, blocks);
        c.cruftListItems();
        c.mediaPointers();
        c.placeholders();
        c.mastheads();
        c.repeatedTitle();
        c.contentsLists();
        c.repeatedHeadings();
        c.questionLists();
        c.sections();
        c.lostListNotes();
        c.truncation();
        return new Outcome(c.metadata, c.blocks);
    }

    // ---- web-only leftovers ----

    /** Share/follow rows and other cruft that arrived as list items ("Facebook", "Resize font"). */
    private void cruftListItems() {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.BulletList l) {
                List<Block.ListItem> kept = new ArrayList<>();
                for (Block.ListItem item : l.items()) {
                    Optional<String> kind = item.children().isEmpty()
                            ? CruftRules.classify(Inlines.plainText(item.content())) : Optional.empty();
                    if (kind.isPresent()) {
                        ctx.cruft.add(kind.get());
                    } else {
                        kept.add(item);
                    }
                }
                if (kept.isEmpty()) {
                    continue;
                }
                b = kept.size() == l.items().size() ? l : new Block.BulletList(kept, l.ordered(), l.line());
            }
            out.add(b);
        }
        blocks = out;
    }

    /** Sentences that only point at a video, an animation or "our pages about …": dropped whole, counted. */
    private void mediaPointers() {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                List<Inline> content = withoutPointerSentences(p.content());
                if (content.isEmpty()) {
                    continue;
                }
                if (content != p.content()) {
                    b = new Block.Paragraph(content, p.line());
                }
            }
            out.add(b);
        }
        blocks = out;
    }

    private List<Inline> withoutPointerSentences(List<Inline> content) {
        String plain = Inlines.plainText(content);
        List<int[]> sentences = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(plain);
        int start = 0;
        while (m.find()) {
            sentences.add(new int[] {start, m.start()});
            start = m.end();
        }
        sentences.add(new int[] {start, plain.length()});
        List<Inline> result = content;
        int removedChars = 0;
        for (int[] s : sentences) {
            String sentence = plain.substring(s[0], s[1]).strip();
            if (sentence.isEmpty() || !MEDIA_POINTER.matcher(sentence).lookingAt()) {
                continue;
            }
            // the sentence and the space before it (or after it, for the first sentence)
            int from = s[0] - removedChars;
            int to = s[1] - removedChars;
            String current = Inlines.plainText(result);
            if (from > 0 && current.charAt(from - 1) == ' ') {
                from--;
            } else if (to < current.length() && current.charAt(to) == ' ') {
                to++;
            }
            List<Inline> cut = InlineCut.remove(result, from, to);
            if (cut == null) {
                continue; // the sentence shares a glossary term or bold run with its neighbour: leave it
            }
            ctx.cruft.add("pointers to media or web pages the handout does not carry");
            removedChars += to - from;
            result = cut;
        }
        return result;
    }

    /** Template placeholders left anywhere in body text ("… as needed. Updated <MM/DD/YYYY> The …"). */
    private void placeholders() {
        Set<Integer> reported = new HashSet<>();
        for (Finding f : ctx.findings) {
            if (f.code().equals("placeholder")) {
                reported.add(f.line());
            }
        }
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                String plain = Inlines.plainText(p.content());
                Optional<String> placeholder = DateParser.findPlaceholder(plain);
                if (placeholder.isPresent()) {
                    if (reported.add(p.line())) {
                        ctx.findings.add(Finding.error("placeholder", p.line(), "\"" + placeholder.get()
                                + "\" is a template placeholder, not a date; put the real date in."));
                    }
                    List<Inline> content = withoutPlaceholder(p.content());
                    if (Inlines.plainText(content).isBlank()) {
                        continue;
                    }
                    b = new Block.Paragraph(content, p.line());
                }
            }
            out.add(b);
        }
        blocks = out;
    }

    private static List<Inline> withoutPlaceholder(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.Text t && DateParser.findPlaceholder(t.text()).isPresent()) {
                String cut = PageDates.withoutPlaceholderStamp(t.text());
                cut = cut.replaceAll("\\s*" + Pattern.quote(DateParser.findPlaceholder(cut).orElse("\u0000")) + "\\s*", " ");
                boolean leading = t.text().startsWith(" ");
                boolean trailing = t.text().endsWith(" ");
                cut = cut.strip();
                if (!cut.isEmpty()) {
                    out.add(new Inline.Text((leading && !out.isEmpty() ? " " : "") + cut + (trailing ? " " : "")));
                }
            } else {
                out.add(i);
            }
        }
        return out;
    }

    // ---- titles, mastheads, contents lists ----

    /** An organization's name standing as a heading or line before the content: metadata, not text. */
    private void mastheads() {
        List<Block> out = new ArrayList<>();
        boolean content = false;
        for (Block b : blocks) {
            String text = Blocks.plainText(b);
            boolean lineLike = b instanceof Block.Heading || b instanceof Block.Paragraph && text.length() <= 90;
            if (lineLike && (b instanceof Block.Heading || !content) && Chrome.isOrganization(text)) {
                if (metadata.organization() == null) {
                    metadata = metadata.withOrganization(Chrome.organizationName(text));
                }
                ctx.cruft.add("site mastheads");
                continue;
            }
            if (lineLike && !content && Chrome.isNavigationLabel(text)) {
                ctx.cruft.add("navigation labels");
                continue;
            }
            content |= b instanceof Block.Paragraph && text.length() > 90 || b instanceof Block.BulletList;
            out.add(b);
        }
        blocks = out;
    }

    /** The title repeated as the first heading(s): "X - NCI", "X (PDQ®)–Patient Version". */
    private void repeatedTitle() {
        String title = TitleCleaner.key(metadata.title());
        if (title.isEmpty()) {
            return;
        }
        int i = 0;
        while (i < blocks.size() && i < 4) {
            Block b = blocks.get(i);
            boolean lineLike = b instanceof Block.Heading || b instanceof Block.Paragraph && Blocks.plainText(b).length() <= 150;
            if (lineLike && TitleCleaner.key(Blocks.plainText(b)).equals(title)) {
                blocks.remove(i);
                ctx.cruft.add("repeated titles");
                continue;
            }
            if (!(b instanceof Block.Figure)) {
                break;
            }
            i++;
        }
    }

    /** A run of short lines, or a list, that repeats the page's later headings is a contents or jump list. */
    private void contentsLists() {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            final int at = i;
            if (b instanceof Block.BulletList l && l.items().size() >= 2
                    && l.items().stream().allMatch(item -> headingAfter(at, Inlines.plainText(item.content())))) {
                dropLabel(out);
                ctx.cruft.add("contents lists");
                i++;
                continue;
            }
            int end = i;
            while (end < blocks.size() && shortLine(blocks.get(end))) {
                end++;
            }
            int run = 0;
            while (i + run < end && headingAfter(i + run, Blocks.plainText(blocks.get(i + run)))) {
                run++;
            }
            if (run >= 2) {
                dropLabel(out);
                ctx.cruft.add("contents lists");
                i += run;
                continue;
            }
            out.add(b);
            i++;
        }
        blocks = out;
    }

    private static boolean shortLine(Block b) {
        String t = Blocks.plainText(b).strip();
        return (b instanceof Block.Heading || b instanceof Block.Paragraph) && !t.isEmpty() && t.length() <= 120
                && !t.endsWith(".") && !t.endsWith(":");
    }

    private boolean headingAfter(int index, String text) {
        String key = headingKey(text);
        if (key.isEmpty()) {
            return false;
        }
        for (int k = index + 1; k < blocks.size(); k++) {
            if (blocks.get(k) instanceof Block.Heading h && headingKey(Blocks.plainText(h)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void dropLabel(List<Block> out) {
        if (!out.isEmpty() && (out.get(out.size() - 1) instanceof Block.Heading || out.get(out.size() - 1) instanceof Block.Paragraph)
                && CONTENTS_LABEL.matcher(Blocks.plainText(out.get(out.size() - 1)).strip()).matches()) {
            out.remove(out.size() - 1);
            ctx.cruft.add("contents lists");
        }
    }

    static String headingKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The same heading twice with nothing between: one is enough. */
    private void repeatedHeadings() {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Heading prev
                    && headingKey(Blocks.plainText(prev)).equals(headingKey(Blocks.plainText(h)))) {
                ctx.cruft.add("repeated headings");
                continue;
            }
            out.add(b);
        }
        blocks = out;
    }

    // ---- structure a person sees ----

    /** Questions after "Questions to ask your doctor" are a list, not headings or loose paragraphs. */
    private void questionLists() {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            out.add(b);
            i++;
            if (!(b instanceof Block.Heading || b instanceof Block.Paragraph)
                    || !QUESTIONS_LEAD.matcher(Blocks.plainText(b).strip()).matches()) {
                continue;
            }
            List<Block.ListItem> items = new ArrayList<>();
            while (i < blocks.size() && isQuestion(blocks.get(i))) {
                Block q = blocks.get(i);
                items.add(new Block.ListItem(q instanceof Block.Heading h ? h.content() : ((Block.Paragraph) q).content(), q.line()));
                i++;
            }
            if (items.size() >= 2) {
                out.add(new Block.BulletList(items, false, items.get(0).line()));
            } else if (items.size() == 1) {
                out.add(blocks.get(i - 1));
            }
        }
        blocks = out;
    }

    private static boolean isQuestion(Block b) {
        if (!(b instanceof Block.Heading || b instanceof Block.Paragraph)) {
            return false;
        }
        String t = Blocks.plainText(b).strip();
        return t.endsWith("?") && t.length() <= 160 && !SENTENCE_END.matcher(t).find();
    }

    // ---- sections ----

    /** {@code --drop-section} sections are left out; PDQ's "About This PDQ Summary" is recognized. */
    private void sections() {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (!(b instanceof Block.Heading h)) {
                out.add(b);
                i++;
                continue;
            }
            String title = Blocks.plainText(h).strip();
            boolean pdq = PDQ_ABOUT.matcher(title).matches();
            if (!ctx.options.dropSections().contains(LoadOptions.sectionKey(title))) {
                if (pdq) {
                    ctx.findings.add(Finding.info("pdq-boilerplate", h.line(), "\"" + title + "\" is the publisher's "
                            + "notes about the summary (purpose, reviewers, citation, permissions), not care information; "
                            + "leave it out with --drop-section \"" + title + "\"."));
                }
                out.add(b);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < blocks.size()) {
                if (blocks.get(end) instanceof Block.Heading next && next.level() <= h.level()
                        && !(pdq && PDQ_SUBSECTIONS.contains(LoadOptions.sectionKey(Blocks.plainText(next))))) {
                    break;
                }
                end++;
            }
            ctx.findings.add(Finding.info("section-dropped", h.line(), "Left out the section \"" + title + "\" ("
                    + (end - i - 1) + " block" + (end - i - 1 == 1 ? "" : "s") + " under it), as --drop-section asked."));
            i = end;
        }
        blocks = out;
    }

    // ---- notes in plain words ----

    /** After a lead-in whose list was lost, a note the patient sees and hears. */
    private void lostListNotes() {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(blocks.get(i));
            if (LeadIns.lostList(blocks, i) && !(i + 1 < blocks.size() && ReaderNotes.isNote(blocks.get(i + 1)))) {
                out.add(ReaderNotes.note(ReaderNotes.LOST_LIST, blocks.get(i).line()));
            }
        }
        blocks = out;
    }

    /** A page that stops mid-word or mid-sentence: a warning for staff and a closing note for the patient. */
    private void truncation() {
        int last = blocks.size() - 1;
        while (last >= 0 && ReaderNotes.isNote(blocks.get(last))) {
            last--;
        }
        if (last < 0) {
            return;
        }
        Block b = blocks.get(last);
        String text;
        boolean prose;
        if (b instanceof Block.Paragraph p) {
            text = Inlines.plainText(p.content()).strip();
            prose = true;
        } else if (b instanceof Block.BulletList l && !l.items().isEmpty()) {
            Block.ListItem item = l.items().get(l.items().size() - 1);
            while (!item.children().isEmpty()) {
                item = item.children().get(item.children().size() - 1);
            }
            text = Inlines.plainText(item.content()).strip();
            prose = false;
        } else {
            return;
        }
        if (!cutOff(text, prose)) {
            return;
        }
        String tail = text.length() > 40 ? "…" + text.substring(text.length() - 40).strip() : text;
        ctx.findings.add(Finding.warning("truncated", b.line(), "The page stops in the middle of a sentence (\"" + tail
                + "\"); the source was probably cut off. The handout ends with a note saying so; get the full page."));
        blocks.add(ReaderNotes.note(ReaderNotes.TRUNCATED, b.line()));
    }

    /** Ends mid-word or mid-sentence: an open parenthesis, a dangling word, or no closing punctuation. */
    static boolean cutOff(String text, boolean prose) {
        if (text.isEmpty()) {
            return false;
        }
        String lastSentence = text.substring(Math.max(0, lastSentenceStart(text)));
        if (count(lastSentence, '(') > count(lastSentence, ')')) {
            return true;
        }
        char end = text.charAt(text.length() - 1);
        if (end == ',' || end == ';' || end == '(' || end == '-' || end == '–' || end == '/') {
            return true;
        }
        Matcher m = LAST_WORD.matcher(text);
        if (!m.find() || !Character.isLetter(end)) {
            return false;
        }
        String word = m.group(1);
        if (DANGLING.contains(word.toLowerCase(Locale.ROOT)) && HeadingRules.words(text).length >= 3) {
            return true;
        }
        return prose && word.chars().allMatch(Character::isLowerCase) && HeadingRules.words(lastSentence).length >= 6;
    }

    private static int lastSentenceStart(String text) {
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
