package org.careprint.glossary;

import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Metadata;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table of true and false bindings (src/test/resources/glossary/bindings.psv) against the built-in
 * glossary: where each scraped term starts, which headword it binds to, and the headwords it must never
 * get. An expected headword starting with "*" means "a declared entry or composition for this phrase"
 * (either is right; a last-word binding is not).
 */
class TermBinderTableTest {
    record Row(String before, String marked, String span, String entry, List<String> never) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = TermBinderTableTest.class.getResourceAsStream("/glossary/bindings.psv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                List<String> never = f.length > 4 && !f[4].isBlank() ? List.of(f[4].split(";")) : List.of();
                rows.add(new Row(f[0], f[1], f[2], f[3], never));
            }
        }
        return rows;
    }

    @Test
    void everyRowOfTheTableHolds() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 60, "at least 60 true and false bindings: " + rows.size());
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            List<Inline> run = new ArrayList<>();
            if (!r.before().isEmpty()) {
                run.add(new Inline.Text(r.before()));
            }
            run.add(new Inline.Term(r.marked(), false));
            run.add(new Inline.Text(" and more."));
            Handout h = new Handout(Metadata.untitled("t.txt"), List.of(new Block.Paragraph(run, 1)));
            Inline.Term t = TermBinder.bind(h, Glossary.builtIn()).distinctTerms().get(0);
            String entry = t.binding().entry();
            if (!t.text().equals(r.span())) {
                wrong.add(r.before() + "[" + r.marked() + "]: span \"" + t.text() + "\", expected \"" + r.span() + "\"");
            }
            if (r.entry().equals("-")) {
                if (t.defined()) {
                    wrong.add(r.span() + ": bound to " + entry + ", expected undefined");
                }
            } else if (r.entry().startsWith("*")) {
                String phrase = r.entry().substring(1);
                boolean ok = t.defined() && (phrase.equalsIgnoreCase(entry) || entry.endsWith(" + " + phrase.substring(phrase.indexOf(' ') + 1)));
                if (!ok) {
                    wrong.add(r.span() + ": bound to " + entry + ", expected an entry or composition for " + phrase);
                }
            } else if (!r.entry().equals(entry)) {
                wrong.add(r.span() + ": bound to " + entry + ", expected " + r.entry());
            }
            if (entry != null && r.never().contains(entry)) {
                wrong.add(r.span() + ": bound to " + entry + ", which has another meaning");
            }
        }
        assertEquals(List.of(), wrong);
    }
}
