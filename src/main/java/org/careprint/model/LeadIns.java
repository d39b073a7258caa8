package org.careprint.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When a lead-in ("These therapies are:") has lost its list. Shared by the readers, which print a note where
 * the list should be, and the {@code lost-list} lint rule, so both always agree.
 *
 * <p>A list is lost when a paragraph ends in ":", is not an all-bold stand-in heading, announces items (not
 * "The best way to cite this summary is:" or "For example:", which introduce one sentence), and the next
 * block is not list-like: not a list or table, not bold run-in sub-sections, not sub-headings of the
 * current section, and not a run of short unpunctuated lines.
 */
public final class LeadIns {
    /** A singular lead-in introduces one sentence or one quotation, not items. */
    private static final Pattern ONE_THING = Pattern.compile(
            "(?:\\b(?:is|was|reads|says|states|means)|for example|for instance|e\\.g\\.|example|note|citation|"
                    + "quote|as follows for citation)\\s*:$");
    private static final Pattern PLURAL_SIGNAL = Pattern.compile(
            "\\b(?:following|these|those|include|includes|including|ways|steps|types|kinds|signs|symptoms|options)\\b");
    private static final int SHORT_LINE = 80;

    private LeadIns() {
    }

    /** A paragraph ending in ":" that is not all bold ("**What to expect:**" is a stand-in heading). */
    public static boolean isLeadIn(Block block) {
        if (!(block instanceof Block.Paragraph p) || ReaderNotes.isNote(p)) {
            return false;
        }
        return Inlines.plainText(p.content()).strip().endsWith(":") && !allBold(p.content());
    }

    /** Whether the lead-in's last sentence announces items rather than one sentence or quotation. */
    public static boolean announcesItems(String leadIn) {
        String last = lastSentence(leadIn).strip().toLowerCase(Locale.ROOT);
        return !ONE_THING.matcher(last).find() || PLURAL_SIGNAL.matcher(last).find();
    }

    /**
     * True when the lead-in at {@code index} has lost its list. A note paragraph already placed after it is
     * skipped when looking at what follows.
     */
    public static boolean lostList(List<Block> blocks, int index) {
        Block block = blocks.get(index);
        if (!isLeadIn(block) || !announcesItems(Inlines.plainText(((Block.Paragraph) block).content()))) {
            return false;
        }
        int next = index + 1;
        while (next < blocks.size() && ReaderNotes.isNote(blocks.get(next))) {
            next++;
        }
        return !listLike(blocks, next, sectionLevel(blocks, index));
    }

    private static boolean listLike(List<Block> blocks, int i, int sectionLevel) {
        if (i >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(i);
        if (next instanceof Block.BulletList || next instanceof Block.Table) {
            return true;
        }
        if (next instanceof Block.Heading h) {
            return h.level() > sectionLevel; // sub-sections, one per announced item
        }
        if (next instanceof Block.Paragraph p) {
            if (!p.content().isEmpty() && p.content().get(0) instanceof Inline.Emphasis e
                    && e.plainText().strip().length() <= 60 && p.content().size() > 1) {
                return true; // bold run-in sub-sections: "**Surgery:** A surgeon removes ..."
            }
            return shortLine(next) && i + 1 < blocks.size() && shortLine(blocks.get(i + 1));
        }
        return false;
    }

    private static boolean shortLine(Block b) {
        if (!(b instanceof Block.Paragraph p)) {
            return false;
        }
        String t = Inlines.plainText(p.content()).strip();
        return !t.isEmpty() && t.length() <= SHORT_LINE && ".!?:".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    private static int sectionLevel(List<Block> blocks, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Block.Heading h) {
                return h.level();
            }
        }
        return 2;
    }

    private static boolean allBold(List<Inline> content) {
        return content.stream().allMatch(i -> i instanceof Inline.Emphasis
                || (i instanceof Inline.Text t && t.text().isBlank()));
    }

    /** The last sentence: after the last ". ", "? " or "! " followed by a capital. */
    static String lastSentence(String text) {
        String t = text.strip();
        int cut = 0;
        for (int i = 0; i + 2 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))) {
                cut = i + 2;
            }
        }
        return t.substring(cut);
    }
}
