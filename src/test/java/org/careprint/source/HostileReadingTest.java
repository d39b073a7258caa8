package org.careprint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.ReadResult;
import org.junit.jupiter.api.Test;

/** Generated hostile inputs (issue 15) are read without an internal error; outcomes only, no timing. */
class HostileReadingTest {
    private final DocumentLoader loader = new DocumentLoader(LoadOptions.defaults());

    private ReadResult read(String name, String text) {
        ReadResult r = loader.read(name, text.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.readable(), name + ": " + r.findings());
        return r;
    }

    private static String body(ReadResult r) {
        StringBuilder sb = new StringBuilder();
        r.handout().blocks().forEach(b -> sb.append(b).append('\n'));
        return sb.toString();
    }

    @Test
    void markdownLineOfOpenBracketsIsRead() {
        ReadResult r = read("brackets.md", "# Brackets\n\n" + "[".repeat(100_000) + "\n\nAfter the brackets.\n");
        assertEquals("Brackets", r.handout().metadata().title());
        assertTrue(body(r).contains("After the brackets."));
    }

    @Test
    void markdownBracketsWithCloseButNoDestinationAreRead() {
        String line = "[a](".repeat(20_000) + "]".repeat(20_000);
        assertTrue(read("mixed.md", "# Mixed\n\n" + line + "\n\nEnd line.\n").readable());
    }

    @Test
    void stripLinksMatchesTheRegexItReplaces() {
        Pattern old = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
        Random random = new Random(15);
        String alphabet = "[]()!a ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(16);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(old.matcher(s).replaceAll("$1"), MarkdownScan.stripLinks(s), s);
        }
        assertEquals("see the guide and a logo here", MarkdownScan.stripLinks("see [the guide](http://x) and ![a logo](l.png) here"));
    }

    @Test
    void tenThousandQuoteMarkersAreRead() {
        ReadResult r = read("quote.md", "# Quote\n\n" + ">".repeat(10_000) + " Deep quoted text.\n");
        assertTrue(body(r).contains("Deep quoted text."), body(r));
    }

    @Test
    void quotesStillReadAsTheirContent() {
        ReadResult r = read("q.md", "# Q\n\n> First quoted.\n>\n> > Nested quoted.\n\nPlain after.\n");
        String b = body(r);
        assertTrue(b.contains("First quoted.") && b.contains("Nested quoted.") && b.contains("Plain after."), b);
    }

    @Test
    void deeplyNestedHtmlIsRead() {
        String html = "<html><head><title>Deep</title></head><body>" + "<div>".repeat(3_000) + "<p>Deep text.</p>"
                + "</div>".repeat(3_000) + "<p>Shallow text.</p></body></html>";
        ReadResult r = read("deep.html", html);
        String b = body(r);
        assertTrue(b.contains("Deep text.") && b.contains("Shallow text."), b);
    }

    @Test
    void deeplyNestedInlineHtmlIsRead() {
        String html = "<html><body><p>" + "<b>".repeat(5_000) + "bold" + "</b>".repeat(5_000) + " end.</p></body></html>";
        assertTrue(body(read("inline.html", html)).contains("bold"));
    }

    @Test
    void longFootnoteRunIsRead() {
        String run = String.join(",", java.util.Collections.nCopies(2_000, "1"));
        ReadResult r = read("fn.txt", "Footnotes\n\nThis is a word." + run + " and more text.\n");
        assertTrue(body(r).contains("and more text."));
    }

    @Test
    void footnoteMarkersAreStillDropped() {
        ReadResult r = read("fn2.txt", "Footnotes\n\nChemo treats cancer.3,5 It can cause nausea.\n");
        String b = body(r);
        assertTrue(b.contains("cancer. It can"), b);
    }

    @Test
    void longHyphenatedTokenIsRead() {
        String token = String.join("-", java.util.Collections.nCopies(3_000, "ab"));
        for (String name : new String[] {"h.txt", "h.md", "h.html"}) {
            ReadResult r = read(name, "Title\n\nA " + token + " word.\n");
            assertTrue(body(r).contains("ab-ab-ab"), name);
        }
    }

    private static int depth(List<Block.ListItem> items) {
        int max = 0;
        for (Block.ListItem i : items) {
            max = Math.max(max, 1 + depth(i.children()));
        }
        return max;
    }

    @Test
    void deeplyNestedMarkdownListsAreFlattened() {
        ReadResult r = read("lists.md", "# Lists\n\n" + "- ".repeat(5_000) + "innermost\n\nAfter.\n");
        Block.BulletList list = (Block.BulletList) r.handout().blocks().stream().filter(b -> b instanceof Block.BulletList)
                .findFirst().orElseThrow();
        assertTrue(depth(list.items()) <= MarkdownScan.MAX_LIST_DEPTH, "depth " + depth(list.items()));
        assertTrue(body(r).contains("innermost") && body(r).contains("After."));
    }

    @Test
    void indentedListsPastTheLimitKeepTheirItemsInOrder() {
        StringBuilder md = new StringBuilder("# Lists\n\n");
        for (int i = 0; i < 12; i++) {
            md.append("  ".repeat(i)).append("- item").append(i).append('\n');
        }
        String b = body(read("indent.md", md.toString()));
        int last = -1;
        for (int i = 0; i < 12; i++) {
            int at = b.indexOf("item" + i + "]");
            assertTrue(at > last, "item" + i + " in order: " + b);
            last = at;
        }
    }

    @Test
    void longSupFootnoteRunIsRead() {
        String run = String.join(",", java.util.Collections.nCopies(3_000, "1"));
        assertTrue(body(read("sup.md", "# Sup\n\nSome word.<sup>" + run + "</sup> more text.\n")).contains("more text."));
        assertTrue(body(read("sup.html", "<p>Some word.<sup>" + run + "</sup> more text.</p>")).contains("more text."));
    }
}
