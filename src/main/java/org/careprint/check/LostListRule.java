package org.careprint.check;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Finding;
import org.careprint.model.Inline;

/**
 * {@code lost-list}: a paragraph ending in ":" (a lead-in such as "The options are:") with no list or table
 * after it. Scraping often drops the list and leaves the lead-in dangling; patients would miss the content.
 */
public final class LostListRule implements LintRule {
    public static final String CODE = "lost-list";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Finding> check(LintContext context) {
        List<Block> blocks = context.handout().blocks();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Paragraph p)) {
                continue;
            }
            String text = Blocks.plainText(p).strip();
            if (!text.endsWith(":") || boldLabel(p)) {
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (next instanceof Block.BulletList || next instanceof Block.Table) {
                continue;
            }
            findings.add(Finding.warning(CODE, p.line(), "The lead-in " + Quote.of(leadIn(text), 90)
                    + " is followed by no list; the list was probably lost. Restore it or reword the sentence."));
        }
        return findings;
    }

    /** A paragraph that is all bold ("**What to expect:**") is a stand-in heading, not a lead-in. */
    private static boolean boldLabel(Block.Paragraph p) {
        return p.content().stream().allMatch(i -> i instanceof Inline.Emphasis
                || (i instanceof Inline.Text t && t.text().isBlank()));
    }

    /** The last sentence of the paragraph: the part that introduces the missing list. */
    private static String leadIn(String paragraph) {
        List<String> sentences = SentenceSplitter.split(paragraph);
        return sentences.isEmpty() ? paragraph : sentences.get(sentences.size() - 1);
    }
}
