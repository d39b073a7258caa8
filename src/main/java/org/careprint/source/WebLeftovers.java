package org.careprint.source;

import static org.careprint.source.HandoutCleanup.SENTENCE_END;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Finding;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;

/**
 * Clean-up passes for what only made sense on the web and survived the readers: cruft arriving as list
 * items, sentences that only point at media or other pages, and template placeholders in body text.
 */
final class WebLeftovers {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A sentence whose subject is media the handout does not carry, or a pointer to other web pages. */
    private static final Pattern MEDIA_POINTER = Pattern.compile(
            "^(?:(?:this|the|in this|in the|watch (?:this|the)|see (?:this|the)|the following|below is an?|above is an?"
                    + "|click (?:on )?(?:the|this)|play (?:this|the))\\s+(?:short\\s+|brief\\s+|\\d+[- ]minute\\s+)?"
                    + "(?:animation|animated video|video|clip|slideshow|slide show|interactive(?: tool| graphic)?|infographic"
                    + "|podcast|webinar|image gallery|photo gallery)s?\\b"
                    + "|.*\\b(?:on|from|visit|see|read|at|in) our (?:web ?)?(?:pages?|site|website|sections?)\\b"
                    + "|.*\\bclick (?:here|the link|on the link)\\b)", CI);

    private WebLeftovers() {
    }

    /** Share/follow rows and other cruft that arrived as list items ("Facebook", "Resize font"). */
    static List<Block> cruftListItems(ReadContext ctx, List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.BulletList l) {
                List<Block.ListItem> kept = new ArrayList<>();
                for (Block.ListItem item : l.items()) {
                    Optional<String> kind = item.children().isEmpty()
                            ? CruftRules.classify(Inlines.plainText(item.content())) : Optional.empty();
                    if (kind.isPresent()) {
                        ctx.cruft.add(kind.get());
                    } else {
                        kept.add(item);
                    }
                }
                if (kept.isEmpty()) {
                    continue;
                }
                b = kept.size() == l.items().size() ? l : new Block.BulletList(kept, l.ordered(), l.line());
            }
            out.add(b);
        }
        return out;
    }

    /** Sentences that only point at a video, an animation or "our pages about …": dropped whole, counted. */
    static List<Block> mediaPointers(ReadContext ctx, List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                List<Inline> content = withoutPointerSentences(ctx, p.content());
                if (content.isEmpty()) {
                    continue;
                }
                if (content != p.content()) {
                    b = new Block.Paragraph(content, p.line());
                }
            }
            out.add(b);
        }
        return out;
    }

    private static List<Inline> withoutPointerSentences(ReadContext ctx, List<Inline> content) {
        String plain = Inlines.plainText(content);
        List<int[]> sentences = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(plain);
        int start = 0;
        while (m.find()) {
            sentences.add(new int[] {start, m.start()});
            start = m.end();
        }
        sentences.add(new int[] {start, plain.length()});
        List<Inline> result = content;
        int removedChars = 0;
        for (int[] s : sentences) {
            String sentence = plain.substring(s[0], s[1]).strip();
            if (sentence.isEmpty() || !MEDIA_POINTER.matcher(sentence).lookingAt()) {
                continue;
            }
            // the sentence and the space before it (or after it, for the first sentence)
            int from = s[0] - removedChars;
            int to = s[1] - removedChars;
            String current = Inlines.plainText(result);
            if (from > 0 && current.charAt(from - 1) == ' ') {
                from--;
            } else if (to < current.length() && current.charAt(to) == ' ') {
                to++;
            }
            List<Inline> cut = InlineCut.remove(result, from, to);
            if (cut == null) {
                continue; // the sentence shares a glossary term or bold run with its neighbour: leave it
            }
            ctx.cruft.add("pointers to media or web pages the handout does not carry");
            removedChars += to - from;
            result = cut;
        }
        return result;
    }

    /** Template placeholders left anywhere in body text ("… as needed. Updated <MM/DD/YYYY> The …"). */
    static List<Block> placeholders(ReadContext ctx, List<Block> blocks) {
        Set<Integer> reported = new HashSet<>();
        for (Finding f : ctx.findings) {
            if (f.code().equals("placeholder")) {
                reported.add(f.line());
            }
        }
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                String plain = Inlines.plainText(p.content());
                Optional<String> placeholder = DateParser.findPlaceholder(plain);
                if (placeholder.isPresent()) {
                    if (reported.add(p.line())) {
                        ctx.findings.add(Finding.error("placeholder", p.line(), "\"" + placeholder.get()
                                + "\" is a template placeholder, not a date; put the real date in."));
                    }
                    List<Inline> content = withoutPlaceholder(p.content());
                    if (Inlines.plainText(content).isBlank()) {
                        continue;
                    }
                    b = new Block.Paragraph(content, p.line());
                }
            }
            out.add(b);
        }
        return out;
    }

    private static List<Inline> withoutPlaceholder(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.Text t && DateParser.findPlaceholder(t.text()).isPresent()) {
                String cut = PageDates.withoutPlaceholderStamp(t.text());
                cut = cut.replaceAll("\\s*" + Pattern.quote(DateParser.findPlaceholder(cut).orElse("\u0000")) + "\\s*", " ");
                boolean leading = t.text().startsWith(" ");
                boolean trailing = t.text().endsWith(" ");
                cut = cut.strip();
                if (!cut.isEmpty()) {
                    out.add(new Inline.Text((leading && !out.isEmpty() ? " " : "") + cut + (trailing ? " " : "")));
                }
            } else {
                out.add(i);
            }
        }
        return out;
    }
}
