package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Metadata;

/**
 * What every reader does to its blocks once they are read, so the three formats behave alike: read the page
 * as a person would. Drops what only made sense on the web ({@link WebLeftovers}: share rows left in lists,
 * sentences that only point at media or pages the handout does not carry, template placeholders), the page's
 * own navigation ({@link PageChrome}: mastheads, a repeated title, contents and jump lists, a heading
 * repeated back to back), keeps structure a person sees and leaves out {@code --drop-section} sections
 * ({@link Sections}), and adds plain-words notes where a list was lost or the page was cut off
 * ({@link PlainNotes}). Every drop is counted. The order of the passes matters: each sees the one before.
 */
final class HandoutCleanup {
    /** Where one sentence ends and the next begins; shared by the passes that work sentence by sentence. */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[\\p{Lu}“\"(\\d])");

    private HandoutCleanup() {
    }

    record Outcome(Metadata metadata, List<Block> blocks) {
    }

    static Outcome apply(ReadContext ctx, Metadata metadata, List<Block> read) {
        List<Block> blocks = new ArrayList<>(read);
        blocks = WebLeftovers.cruftListItems(ctx, blocks);
        blocks = WebLeftovers.mediaPointers(ctx, blocks);
        blocks = WebLeftovers.placeholders(ctx, blocks);
        Outcome mastheads = PageChrome.mastheads(ctx, metadata, blocks);
        metadata = mastheads.metadata();
        blocks = PageChrome.repeatedTitle(ctx, metadata.title(), mastheads.blocks());
        blocks = PageChrome.contentsLists(ctx, blocks);
        blocks = PageChrome.repeatedHeadings(ctx, blocks);
        blocks = Sections.questionLists(blocks);
        blocks = Sections.dropped(ctx, blocks);
        blocks = PlainNotes.lostLists(blocks);
        blocks = PlainNotes.truncation(ctx, blocks);
        return new Outcome(metadata, blocks);
    }
}
