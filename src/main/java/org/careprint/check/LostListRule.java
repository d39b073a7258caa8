package org.careprint.check;

import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Finding;
import org.careprint.model.LeadIns;
import org.careprint.model.SentenceSplitter;

/**
 * {@code lost-list}: a paragraph ending in ":" that announces items ("The options are:") with nothing list-like
 * after it (see {@link LeadIns}). Scraping often drops the list and leaves the lead-in dangling; the readers
 * print a note in its place, and this rule tells staff so they can restore it.
  * Public for the reader tests in source: readers and this rule share one idea of a lost list.
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
            if (!LeadIns.lostList(blocks, i)) {
                continue;
            }
            Block.Paragraph p = (Block.Paragraph) blocks.get(i);
            String text = Blocks.plainText(p).strip();
            findings.add(Finding.warning(CODE, p.line(), "The lead-in " + Quote.of(leadIn(text), 90)
                    + " is followed by no list; the list was probably lost. Restore it or reword the sentence."));
        }
        return findings;
    }

    /** The last sentence of the paragraph: the part that introduces the missing list. */
    private static String leadIn(String paragraph) {
        List<String> sentences = SentenceSplitter.split(paragraph);
        return sentences.isEmpty() ? paragraph : sentences.get(sentences.size() - 1);
    }
}
