package org.careprint.source;

import static org.careprint.source.HandoutCleanup.SENTENCE_END;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Finding;

/**
 * Clean-up passes that work section by section: questions under a "Questions to ask" lead-in become a list,
 * {@code --drop-section} sections are left out, and PDQ's "About This PDQ Summary" is recognized.
 */
final class Sections {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern QUESTIONS_LEAD = Pattern.compile(
            ".*\\b(?:questions? (?:to ask|you (?:may|might) (?:want to )?ask|for your (?:doctor|care team|nurse|health care"
                    + " (?:team|provider))|to consider)|ask your (?:doctor|health care provider|care team|nurse)\\b.*"
                    + "(?:questions?|these|:)).*", CI);
    private static final Pattern PDQ_ABOUT = Pattern.compile("about this pdq summary", CI);
    /** The sub-sections NCI's PDQ pages put under "About This PDQ Summary". */
    private static final Set<String> PDQ_SUBSECTIONS = Set.of("purpose of this summary", "reviewers and updates",
            "clinical trial information", "permission to use this summary", "disclaimer", "contact us",
            "about pdq", "how to cite this summary", "images in this summary");

    private Sections() {
    }

    /** Questions after "Questions to ask your doctor" are a list, not headings or loose paragraphs. */
    static List<Block> questionLists(List<Block> blocks) {
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
        return out;
    }

    private static boolean isQuestion(Block b) {
        if (!(b instanceof Block.Heading || b instanceof Block.Paragraph)) {
            return false;
        }
        String t = Blocks.plainText(b).strip();
        return t.endsWith("?") && t.length() <= 160 && !SENTENCE_END.matcher(t).find();
    }

    /** {@code --drop-section} sections are left out; PDQ's "About This PDQ Summary" is recognized. */
    static List<Block> dropped(ReadContext ctx, List<Block> blocks) {
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
        return out;
    }
}
