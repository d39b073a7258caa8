package org.careprint.source;

import static org.careprint.source.HandoutCleanup.SENTENCE_END;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Finding;
import org.careprint.model.Inlines;
import org.careprint.model.LeadIns;
import org.careprint.model.ReaderNotes;

/**
 * The last clean-up passes: notes in plain words (all-bold paragraphs, {@link ReaderNotes}) where a list was
 * lost or the page was cut off, so print and audio both tell the patient something is missing.
 */
final class PlainNotes {
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "with", "for",
            "in", "on", "at", "by", "from", "your", "their", "its", "is", "are", "that", "which", "as", "than", "such");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}'’\\-]+)$");

    private PlainNotes() {
    }

    /** After a lead-in whose list was lost, a note the patient sees and hears. */
    static List<Block> lostLists(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(blocks.get(i));
            if (LeadIns.lostList(blocks, i) && !(i + 1 < blocks.size() && ReaderNotes.isNote(blocks.get(i + 1)))) {
                out.add(ReaderNotes.note(ReaderNotes.LOST_LIST, blocks.get(i).line()));
            }
        }
        return out;
    }

    /** A page that stops mid-word or mid-sentence: a warning for staff and a closing note for the patient. */
    static List<Block> truncation(ReadContext ctx, List<Block> read) {
        List<Block> blocks = new ArrayList<>(read);
        int last = blocks.size() - 1;
        while (last >= 0 && ReaderNotes.isNote(blocks.get(last))) {
            last--;
        }
        if (last < 0) {
            return blocks;
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
            return blocks;
        }
        if (!cutOff(text, prose)) {
            return blocks;
        }
        String tail = text.length() > 40 ? "…" + text.substring(text.length() - 40).strip() : text;
        ctx.findings.add(Finding.warning("truncated", b.line(), "The page stops in the middle of a sentence (\"" + tail
                + "\"); the source was probably cut off. The handout ends with a note saying so; get the full page."));
        blocks.add(ReaderNotes.note(ReaderNotes.TRUNCATED, b.line()));
        return blocks;
    }

    /** Ends mid-word or mid-sentence: an open parenthesis, a dangling word, or no closing punctuation. */
    private static boolean cutOff(String text, boolean prose) {
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
