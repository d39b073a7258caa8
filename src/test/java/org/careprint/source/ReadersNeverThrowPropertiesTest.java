package org.careprint.source;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.careprint.model.ReadResult;

/**
 * No input of any bytes may make a reader throw: arbitrary bytes and mutated fixture pages. The readers are
 * called directly (not through DocumentLoader, whose safety net turns a throw into an "unreadable" finding),
 * so a reader that throws fails the property. Named *Test so Surefire runs it in {@code mvn verify}.
 */
class ReadersNeverThrowPropertiesTest {
    private static final LoadOptions OPTIONS = LoadOptions.defaults();
    private static final List<String> SEEDS = List.of(
            ReaderTestSupport.fixture("metastatic-lung.txt"),
            "---\ntitle: T\nlastReviewed: 2023-05-10\nreviewFrequency: 2y\n---\n# T\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| c | d |\n\n"
                    + "[term](glossary:term) **[x](/popDefinition.aspx?id=1)** ![alt](i.png)\n\nUpdated <MM/DD/YYYY>\n",
            "<html><main><h1>T</h1><p class=b>Reviewed by X on <time datetime=\"2020-01-02\">x</time></p>"
                    + "<span class=glossary title=d>t</span><ul><li>a<ul><li>b</li></ul></li></ul>"
                    + "<table><caption>c</caption><tr><th>h</th></tr><tr><td>d</td></tr></table>"
                    + "<figure><img alt=a><figcaption>c</figcaption></figure></main></html>");
    private static final List<String> FRAGMENTS = List.of("info-icon", "\n", "\n\n", "  • ", ":", "---\n", "|", "\t",
            "<p>", "</", "[", "](", "!", "*", "#", "Reviewed By:", "February 30, 2020", "<MM/DD/YYYY>", "\u00A0", "\uFEFF",
            "1-800-555-0100", "Home > ", "More In X", "```", "<time datetime=\"", "&", "\u0000", "\r");

    @Property(tries = 300)
    void arbitraryBytesNeverThrow(@ForAll byte[] bytes) {
        InputGuard.Outcome outcome = new InputGuard(OPTIONS).check(bytes);
        if (outcome.problem() == null) {
            readAll(Mojibake.repair(outcome.text()).text());
            Format.sniff(outcome.text());
        }
        for (String name : List.of("x.txt", "x.md", "x.html", "x.unknown")) {
            ReadResult r = new DocumentLoader(OPTIONS).read(name, bytes);
            assertNotNull(r);
            assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("could not be understood")),
                    "the loader's safety net caught a reader failure: " + r.findings());
        }
    }

    @Property(tries = 300)
    void arbitraryTextNeverThrowsInAnyReader(@ForAll String text) {
        readAll(text);
    }

    @Property(tries = 300)
    void mutatedPagesNeverThrow(@ForAll("mutatedPages") String page) {
        readAll(page);
        assertNotNull(new DocumentLoader(OPTIONS).read("m.txt", page.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> mutatedPages() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(6));
        Arbitrary<List<Integer>> positions = Arbitraries.integers().between(0, 100_000).list().ofMaxSize(12);
        Arbitrary<List<String>> inserts = fragment.list().ofMaxSize(12);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 100_000);
        return Combinators.combine(seed, positions, inserts, cut).as(ReadersNeverThrowPropertiesTest::mutate);
    }

    private static String mutate(String seed, List<Integer> positions, List<String> inserts, int cut) {
        StringBuilder sb = new StringBuilder(seed);
        for (int i = 0; i < Math.min(positions.size(), inserts.size()); i++) {
            int at = positions.get(i) % (sb.length() + 1);
            if (i % 3 == 2 && at < sb.length()) {
                sb.delete(at, Math.min(sb.length(), at + inserts.get(i).length() + 1));
            } else {
                sb.insert(at, inserts.get(i));
            }
        }
        if (cut % 4 == 0 && sb.length() > 0) {
            sb.setLength(cut % sb.length());
        }
        return sb.toString();
    }

    private static void readAll(String text) {
        assertNotNull(new TextReader(OPTIONS).read("x.txt", text));
        assertNotNull(new MarkdownReader(OPTIONS).read("x.md", text));
        assertNotNull(new HtmlReader(OPTIONS).read("x.html", text));
    }
}
