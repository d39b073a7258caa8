package org.careprint.transcript;

import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.ReviewInfo;
import org.careprint.review.ReviewWording;

/**
 * Walks the model into plain text: title and review dates first, headings as their own lines, list items as
 * "- " lines, table rows as "cell | cell", pictures by their description, "Words to know" last.
 */
final class TranscriptWriter implements Block.Visitor<Void> {
    private final StringBuilder out = new StringBuilder();

    private TranscriptWriter() {
    }

    static String write(Handout handout, ReviewInfo review, String organization) {
        TranscriptWriter w = new TranscriptWriter();
        String title = handout.metadata().title().isBlank() ? "Untitled handout" : handout.metadata().title().strip();
        w.line(title);
        if (organization != null && !organization.isBlank()) {
            w.line(organization.strip());
        }
        w.line(ReviewWording.reviewedSentence(review));
        w.lineIfPresent(ReviewWording.updatedSentence(review));
        w.lineIfPresent(ReviewWording.nextReviewSentence(review, false));
        w.out.append('\n');
        for (Block block : handout.blocks()) {
            block.accept(w);
        }
        List<Inline.Term> defined = handout.distinctTerms().stream().filter(Inline.Term::defined).toList();
        if (!defined.isEmpty()) {
            w.line("Words to know");
            for (Inline.Term t : defined) {
                String relation = t.binding() == null ? null : t.binding().relation();
                w.line("- " + t.label() + (relation == null ? "" : " (" + relation + ")") + ": " + t.definition().strip());
            }
        }
        return w.out.toString().stripTrailing() + "\n";
    }

    private void line(String text) {
        out.append(text.strip().replaceAll("\\s+", " ")).append('\n');
    }

    private void lineIfPresent(String text) {
        if (text != null) {
            line(text);
        }
    }

    @Override
    public Void heading(Block.Heading h) {
        line(Inlines.plainText(h.content()));
        out.append('\n');
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        line(Inlines.plainText(p.content()));
        out.append('\n');
        return null;
    }

    @Override
    public Void list(Block.BulletList l) {
        items(l.items(), "", l.ordered());
        out.append('\n');
        return null;
    }

    private void items(List<Block.ListItem> items, String indent, boolean ordered) {
        int n = 1;
        for (Block.ListItem item : items) {
            line(indent + (ordered ? (n++) + ". " : "- ") + Inlines.plainText(item.content()));
            items(item.children(), indent + "  ", false);
        }
    }

    @Override
    public Void table(Block.Table t) {
        if (t.caption() != null && !t.caption().isBlank()) {
            line(t.caption());
        }
        row(t.header());
        for (List<Block.Cell> r : t.rows()) {
            row(r);
        }
        out.append('\n');
        return null;
    }

    private void row(List<Block.Cell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Block.Cell c : cells) {
            sb.append(sb.length() == 0 ? "" : " | ").append(Inlines.plainText(c.content()).strip());
        }
        line(sb.toString());
    }

    @Override
    public Void figure(Block.Figure f) {
        line("Picture: " + f.description());
        out.append('\n');
        return null;
    }
}
