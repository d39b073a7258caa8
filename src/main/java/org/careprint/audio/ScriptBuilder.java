package org.careprint.audio;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/** Turns a bound handout into a {@link SpeechScript}: opening, body blocks, words to know, closing. */
final class ScriptBuilder implements Block.Visitor<Void> {
    static final String OPENING = "Opening";
    static final String WORDS_TO_KNOW = "Words to know";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final String[] COUNT_NOUNS = {"item", "items"};

    private final TextNormalizer normalizer;
    private final List<Utterance> out = new ArrayList<>();

    ScriptBuilder(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    SpeechScript build(Handout handout, ReviewInfo review) {
        out.clear();
        String title = handout.metadata().title().isBlank() ? "Untitled handout" : handout.metadata().title().trim();
        opening(title, handout, review);
        for (Block block : handout.blocks()) {
            block.accept(this);
        }
        wordsToKnow(handout);
        say("End of " + withoutFinalStop(title) + ".", Pauses.SECTION, 0, null);
        return new SpeechScript(title, out);
    }

    private void opening(String title, Handout handout, ReviewInfo review) {
        LocalDate reviewed = review != null ? review.reviewed() : handout.metadata().reviewed();
        LocalDate updated = review != null ? review.updated() : handout.metadata().updated();
        say(withoutFinalStop(title) + ".", 0, Pauses.SENTENCE, OPENING);
        say("Audio edition.", 0, Pauses.SENTENCE, null);
        say(reviewed == null ? "Review date not known." : "Medically reviewed on " + DATE.format(reviewed) + ".",
                0, Pauses.SENTENCE, null);
        if (updated != null) {
            say("Last updated " + DATE.format(updated) + ".", 0, Pauses.SENTENCE, null);
        }
        if (review != null && review.nextReview() != null) {
            boolean overdue = review.status() == ReviewStatus.OVERDUE;
            say((overdue ? "Review overdue since " : "Next review due ") + DATE.format(review.nextReview()) + ".",
                    0, Pauses.SENTENCE, null);
        }
    }

    private void wordsToKnow(Handout handout) {
        List<Inline.Term> defined = new ArrayList<>();
        for (Inline.Term t : handout.distinctTerms()) {
            if (t.defined()) {
                defined.add(t);
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        say(WORDS_TO_KNOW + ".", Pauses.SECTION, Pauses.HEADING, WORDS_TO_KNOW);
        for (Inline.Term t : defined) {
            String relation = t.binding() == null ? null : t.binding().relation();
            String word = t.label() + (relation == null ? "" : ", " + relation);
            sentences(word.trim() + ": " + terminated(t.definition().trim()), 0, Pauses.LIST_ITEM, null);
        }
    }

    @Override
    public Void heading(Block.Heading h) {
        String text = Inlines.plainText(h.content()).trim();
        if (text.isEmpty()) {
            return null;
        }
        boolean section = h.level() == 2;
        say("Section: " + text, section ? Pauses.SECTION : Pauses.HEADING, Pauses.HEADING, section ? text : null);
        return null;
    }

    @Override
    public Void paragraph(Block.Paragraph p) {
        sentences(Inlines.plainText(p.content()), 0, Pauses.PARAGRAPH, null);
        return null;
    }

    @Override
    public Void list(Block.BulletList l) {
        items(l.items(), l.ordered());
        return null;
    }

    private void items(List<Block.ListItem> items, boolean ordered) {
        if (items.isEmpty()) {
            return;
        }
        say("A list of " + count(items.size()) + ".", Pauses.SENTENCE, Pauses.SENTENCE, null);
        int n = 1;
        for (Block.ListItem item : items) {
            String text = Inlines.plainText(item.content()).trim();
            if (!text.isEmpty()) {
                sentences((ordered ? n + ". " : "") + terminated(text), 0, Pauses.LIST_ITEM, null);
            }
            items(item.children(), ordered);
            n++;
        }
        pauseAfterLast(Pauses.PARAGRAPH);
    }

    @Override
    public Void table(Block.Table t) {
        if (!t.caption().isBlank()) {
            say("Table: " + terminated(t.caption().trim()), Pauses.SENTENCE, Pauses.SENTENCE, null);
        }
        say("A table with " + NumberWords.cardinal(t.rows().size()) + (t.rows().size() == 1 ? " row." : " rows."),
                Pauses.SENTENCE, Pauses.SENTENCE, null);
        for (List<Block.Cell> row : t.rows()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String value = Inlines.plainText(row.get(i).content()).trim();
                if (value.isEmpty()) {
                    continue;
                }
                String header = i < t.header().size() ? Inlines.plainText(t.header().get(i).content()).trim() : "";
                parts.add(header.isEmpty() ? value : header + ": " + value);
            }
            if (!parts.isEmpty()) {
                sentences(terminated(String.join("; ", parts)), 0, Pauses.LIST_ITEM, null);
            }
        }
        pauseAfterLast(Pauses.PARAGRAPH);
        return null;
    }

    @Override
    public Void figure(Block.Figure f) {
        String d = f.description().trim();
        if (!d.isEmpty()) {
            say("Image: " + terminated(d), Pauses.SENTENCE, Pauses.PARAGRAPH, null);
        }
        return null;
    }

    /** Splits text into sentences; the pause before goes to the first, the pause after to the last. */
    private void sentences(String text, double before, double after, String chapter) {
        List<String> list = SentenceSplitter.split(text);
        for (int i = 0; i < list.size(); i++) {
            say(list.get(i), i == 0 ? before : 0, i == list.size() - 1 ? after : Pauses.SENTENCE,
                    i == 0 ? chapter : null);
        }
    }

    /** Adds one sentence, cut into caption-sized phrases, each normalized for speech. */
    private void say(String sentence, double before, double after, String chapter) {
        List<String> phrases = CueSplitter.phrases(sentence);
        boolean pending = true; // pause-before and chapter mark go to the first phrase that has words
        for (int i = 0; i < phrases.size(); i++) {
            String written = phrases.get(i);
            String spoken = normalizer.normalize(written);
            if (Words.count(spoken) == 0) {
                continue;
            }
            boolean last = i == phrases.size() - 1;
            out.add(new Utterance(written, spoken, pending ? before : 0, last ? after : Pauses.PHRASE,
                    pending ? chapter : null));
            pending = false;
        }
    }

    private void pauseAfterLast(double pause) {
        if (!out.isEmpty()) {
            Utterance u = out.remove(out.size() - 1);
            out.add(new Utterance(u.written(), u.spoken(), u.pauseBefore(), Math.max(u.pauseAfter(), pause),
                    u.chapter()));
        }
    }

    private static String count(int n) {
        return NumberWords.cardinal(n) + " " + COUNT_NOUNS[n == 1 ? 0 : 1];
    }

    private static String terminated(String text) {
        return text.matches("(?s).*[.!?:]$") ? text : text + ".";
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
