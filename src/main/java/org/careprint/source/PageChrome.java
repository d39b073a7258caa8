package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;

/**
 * Clean-up passes for a page's own navigation that a reader cannot tell from content on its own: mastheads,
 * the title repeated as a heading, contents and jump lists (recognized because their entries repeat later
 * headings), and a heading repeated back to back.
 */
final class PageChrome {
    private static final Pattern CONTENTS_LABEL = Pattern.compile(
            "(?:on this page|in this (?:article|page|section|guide|summary)|(?:table of |page )?contents|jump to(?: section)?"
                    + "|sections|key points(?: for this section)?|skip to section)[:.]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PageChrome() {
    }

    /** An organization's name standing as a heading or line before the content: metadata, not text. */
    static HandoutCleanup.Outcome mastheads(ReadContext ctx, Metadata metadata, List<Block> blocks) {
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
        return new HandoutCleanup.Outcome(metadata, out);
    }

    /** The title repeated as the first heading(s): "X - NCI", "X (PDQ®)–Patient Version". */
    static List<Block> repeatedTitle(ReadContext ctx, String pageTitle, List<Block> read) {
        List<Block> blocks = new ArrayList<>(read);
        String title = TitleCleaner.key(pageTitle);
        if (title.isEmpty()) {
            return blocks;
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
        return blocks;
    }

    /** A run of short lines, or a list, that repeats the page's later headings is a contents or jump list. */
    static List<Block> contentsLists(ReadContext ctx, List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            final int at = i;
            if (b instanceof Block.BulletList l && l.items().size() >= 2
                    && l.items().stream().allMatch(item -> headingAfter(blocks, at, Inlines.plainText(item.content())))) {
                dropLabel(ctx, out);
                ctx.cruft.add("contents lists");
                i++;
                continue;
            }
            int end = i;
            while (end < blocks.size() && shortLine(blocks.get(end))) {
                end++;
            }
            int run = 0;
            while (i + run < end && headingAfter(blocks, i + run, Blocks.plainText(blocks.get(i + run)))) {
                run++;
            }
            if (run >= 2) {
                dropLabel(ctx, out);
                ctx.cruft.add("contents lists");
                i += run;
                continue;
            }
            out.add(b);
            i++;
        }
        return out;
    }

    private static boolean shortLine(Block b) {
        String t = Blocks.plainText(b).strip();
        return (b instanceof Block.Heading || b instanceof Block.Paragraph) && !t.isEmpty() && t.length() <= 120
                && !t.endsWith(".") && !t.endsWith(":");
    }

    private static boolean headingAfter(List<Block> blocks, int index, String text) {
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

    /** The "On This Page" / "Contents" label standing right before a dropped contents list goes with it. */
    private static void dropLabel(ReadContext ctx, List<Block> out) {
        if (!out.isEmpty() && (out.get(out.size() - 1) instanceof Block.Heading || out.get(out.size() - 1) instanceof Block.Paragraph)
                && CONTENTS_LABEL.matcher(Blocks.plainText(out.get(out.size() - 1)).strip()).matches()) {
            out.remove(out.size() - 1);
            ctx.cruft.add("contents lists");
        }
    }

    private static String headingKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The same heading twice with nothing between: one is enough. */
    static List<Block> repeatedHeadings(ReadContext ctx, List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Heading prev
                    && headingKey(Blocks.plainText(prev)).equals(headingKey(Blocks.plainText(h)))) {
                ctx.cruft.add("repeated headings");
                continue;
            }
            out.add(b);
        }
        return out;
    }
}
