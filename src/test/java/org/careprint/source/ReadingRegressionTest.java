package org.careprint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careprint.check.DuplicateHeadingRule;
import org.careprint.check.LintContext;
import org.careprint.check.CheckOptions;
import org.careprint.check.LostListRule;
import org.careprint.model.Block;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the model the readers produce for the bundled examples, the seed and every older fixture: title,
 * dates, every block with its kind and text, cruft count, reader findings and the structural lint findings
 * (lost list, duplicate heading). A reader change that alters any of them fails here; if the change is
 * intended, regenerate with {@code -Dregression.update=true} and review the diff of
 * {@code src/test/resources/source/regression/*.model} in the commit.
 */
class ReadingRegressionTest {
    private static final Path SNAPSHOTS = Path.of("src/test/resources/source/regression");

    static Stream<String> pages() {
        return Stream.of(
                "examples/lymphedema.txt",
                "examples/bone-metastases.md",
                "examples/what-is-a-biopsy.html",
                "src/test/resources/source/regression/her2-metastatic.txt",
                "src/test/resources/source/metastatic-lung.txt",
                "src/test/resources/check/targeted-therapy.txt",
                "src/test/resources/batch/good/hand-washing.txt",
                "src/test/resources/batch/good/mouth-care.md",
                "src/test/resources/batch/good/anemia-basics.txt",
                "src/test/resources/batch/good/walking.html",
                "src/test/resources/source/unseen/adrenal-tumors-pdq.md",
                "src/test/resources/source/unseen/bone-metastases-share.txt",
                "src/test/resources/source/unseen/colonoscopy-prep.html",
                "src/test/resources/source/unseen/fatigue-plain.md",
                "src/test/resources/source/unseen/her2-low.txt",
                "src/test/resources/source/unseen/immunotherapy-side-effects.html",
                "src/test/resources/source/unseen/lymphedema-questions.txt",
                "src/test/resources/source/unseen/mouth-sores-chemo.md",
                "src/test/resources/source/unseen/radiation-skin-care.html");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void modelIsUnchanged(String page) throws IOException {
        Path in = Path.of(page);
        ReadResult r = new DocumentLoader(LoadOptions.defaults()).read(in.getFileName().toString(), Files.readAllBytes(in));
        String actual = dump(r);
        Path snapshot = SNAPSHOTS.resolve(in.getFileName().toString() + ".model");
        if (Boolean.getBoolean("regression.update") || !Files.exists(snapshot)) {
            Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(snapshot, StandardCharsets.UTF_8), actual, page);
    }

    static String dump(ReadResult r) {
        StringBuilder sb = new StringBuilder();
        Handout h = r.handout();
        Metadata m = h.metadata();
        sb.append("title: ").append(m.title()).append('\n');
        sb.append("language: ").append(m.language()).append('\n');
        sb.append("reviewed: ").append(m.reviewed()).append(" line ").append(m.reviewedLine())
                .append(" by ").append(m.reviewer()).append('\n');
        sb.append("updated: ").append(m.updated()).append(" line ").append(m.updatedLine()).append('\n');
        sb.append("reviewFrequency: ").append(m.reviewFrequency()).append('\n');
        sb.append("organization: ").append(m.organization()).append('\n');
        sb.append("cruftRemoved: ").append(r.cruftRemoved()).append('\n');
        sb.append("blocks: ").append(h.blocks().size()).append('\n');
        List<Finding> findings = new ArrayList<>(r.findings());
        LintContext ctx = new LintContext(h, null, CheckOptions.of(java.time.LocalDate.of(2024, 1, 1)));
        findings.addAll(new LostListRule().check(ctx));
        findings.addAll(new DuplicateHeadingRule().check(ctx));
        for (Finding f : findings) {
            sb.append("finding: ").append(f.severity().label()).append(' ').append(f.code()).append('@')
                    .append(f.line()).append(' ').append(f.message()).append('\n');
        }
        for (Block b : h.blocks()) {
            b.accept(new Block.Visitor<Void>() {
                @Override
                public Void heading(Block.Heading x) {
                    sb.append("H").append(x.level()).append('@').append(x.line()).append(' ')
                            .append(Inlines.plainText(x.content())).append('\n');
                    return null;
                }

                @Override
                public Void paragraph(Block.Paragraph x) {
                    sb.append("P@").append(x.line()).append(' ').append(Inlines.plainText(x.content())).append('\n');
                    return null;
                }

                @Override
                public Void list(Block.BulletList x) {
                    sb.append(x.ordered() ? "OL@" : "UL@").append(x.line()).append('\n');
                    items(x.items(), "  ");
                    return null;
                }

                private void items(List<Block.ListItem> items, String indent) {
                    for (Block.ListItem i : items) {
                        sb.append(indent).append("- ").append(Inlines.plainText(i.content())).append('\n');
                        items(i.children(), indent + "  ");
                    }
                }

                @Override
                public Void table(Block.Table x) {
                    sb.append("T@").append(x.line()).append(" caption=").append(x.caption()).append('\n');
                    row(x.header(), "  th ");
                    x.rows().forEach(row -> row(row, "  td "));
                    return null;
                }

                private void row(List<Block.Cell> cells, String prefix) {
                    sb.append(prefix);
                    for (Block.Cell c : cells) {
                        sb.append(Inlines.plainText(c.content())).append(" | ");
                    }
                    sb.append('\n');
                }

                @Override
                public Void figure(Block.Figure x) {
                    sb.append("F@").append(x.line()).append(" alt=").append(x.alt()).append(" caption=")
                            .append(x.caption()).append('\n');
                    return null;
                }
            });
        }
        return sb.toString();
    }
}
