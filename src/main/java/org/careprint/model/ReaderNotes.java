package org.careprint.model;

import java.util.List;

/**
 * Notes the readers add to a handout in plain words, so that print and audio both tell the patient what the
 * source page lost. A note is an all-bold paragraph (bold is the only emphasis print uses, so it stands out).
 */
public final class ReaderNotes {
    /** After a lead-in whose list was lost in the source page. */
    public static final String LOST_LIST = "The list that belongs here is missing from the source page. Ask your care team.";
    /** At the end of a page that stops in the middle of a sentence. */
    public static final String TRUNCATED = "The source page was cut off here, so the end of this information is missing. "
            + "Ask your care team for the rest.";

    private ReaderNotes() {
    }

    public static Block.Paragraph note(String text, int line) {
        return new Block.Paragraph(List.of(new Inline.Emphasis(List.of(new Inline.Text(text)))), line);
    }

    /** True for a paragraph that is one of these notes. */
    public static boolean isNote(Block block) {
        if (!(block instanceof Block.Paragraph p)) {
            return false;
        }
        String text = Inlines.plainText(p.content());
        return text.equals(LOST_LIST) || text.equals(TRUNCATED);
    }
}
