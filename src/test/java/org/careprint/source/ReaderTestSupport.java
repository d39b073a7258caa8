package org.careprint.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.Block;
import org.careprint.model.Blocks;
import org.careprint.model.Finding;
import org.careprint.model.Inline;
import org.careprint.model.ReadResult;

/** Small helpers shared by the reader tests. */
final class ReaderTestSupport {
    private ReaderTestSupport() {
    }

    static String fixture(String name) {
        try (InputStream in = ReaderTestSupport.class.getResourceAsStream("/source/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult text(String content) {
        return new TextReader(LoadOptions.defaults()).read("page.txt", content);
    }

    static ReadResult markdown(String content) {
        return new MarkdownReader(LoadOptions.defaults()).read("page.md", content);
    }

    static ReadResult html(String content) {
        return new HtmlReader(LoadOptions.defaults()).read("page.html", content);
    }

    static List<Inline.Term> terms(ReadResult r) {
        List<Inline.Term> terms = new ArrayList<>();
        Blocks.forEachInline(r.handout().blocks(), i -> {
            if (i instanceof Inline.Term t) {
                terms.add(t);
            }
        });
        return terms;
    }

    static List<String> termTexts(ReadResult r) {
        return terms(r).stream().map(Inline.Term::text).toList();
    }

    static <T extends Block> List<T> blocks(ReadResult r, Class<T> type) {
        return r.handout().blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<String> codes(ReadResult r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    static Finding finding(ReadResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " finding in " + r.findings()));
    }

    static List<String> plain(ReadResult r) {
        return r.handout().blocks().stream().map(Blocks::plainText).toList();
    }
}
