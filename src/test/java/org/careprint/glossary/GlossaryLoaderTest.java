package org.careprint.glossary;

import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryLoaderTest {

    @Test
    void readsYamlListWithAliasesAndFoldedDefinition() {
        Glossary g = Glossary.load(Fixtures.path("list.yaml"));
        assertEquals(2, g.size());
        assertEquals("lymph node", g.lookup("Lymph Glands").orElseThrow().term());
        assertEquals("A small device under the skin that gives easy access to a vein.",
                g.lookup("port").orElseThrow().definition());
    }

    @Test
    void readsYamlMapOfTermToDefinitionOrToEntry() {
        Glossary g = Glossary.load(Fixtures.path("map.yml"));
        assertEquals(2, g.size());
        assertEquals("A white blood cell that fights germs first.", g.lookup("neutrophils").orElseThrow().definition());
        GlossaryEntry stage = g.lookup("stage four").orElseThrow();
        assertEquals("stage IV", stage.term());
        assertEquals("Our clinic's own wording for the most advanced stage.", stage.definition());
    }

    @Test
    void readsCsvWithQuotesEmbeddedCommasNewlinesAndBothAliasSeparators() {
        Glossary g = Glossary.load(Fixtures.path("good.csv"));
        assertEquals(3, g.size());
        assertEquals("The lowest point of your blood counts, often a week after chemo.",
                g.lookup("nadirs").orElseThrow().definition());
        GlossaryEntry quote = g.lookup("q-t").orElseThrow();
        assertEquals("He said \"rest\" helps.", quote.definition());
        assertEquals("quote test", g.lookup("quote tests").orElseThrow().term());
        assertEquals("quote test", g.lookup("qt").orElseThrow().term());
        assertEquals("First part, second part.", g.lookup("two line").orElseThrow().definition());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "bad-syntax.yaml; line 2; not valid YAML",
            "missing-definition.yaml; line 3; \"neutrophil\" has no definition",
            "unknown-key.yaml; line 2; unknown key \"defintion\"",
            "duplicate.yaml; line 3; \"Nadir\" is listed twice",
            "wrong-fields.csv; line 3; expected 3 fields but found 4",
            "unclosed.csv; line 2; never closed",
            "bad-header.csv; line 1; header must name the columns",
            "latin1.csv; '' ; not UTF-8",
            "empty.yaml; ''; empty",
    })
    void malformedFilesNameTheFileThePlaceAndTheProblem(String file, String where, String what) {
        CarePrintException e = assertThrows(CarePrintException.class, () -> Glossary.load(Fixtures.path(file)));
        String message = e.getMessage();
        assertTrue(message.contains(file), message);
        assertTrue(message.contains(where), message);
        assertTrue(message.contains(what), message);
        assertTrue(!message.contains("\n"), "one line: " + message);
    }

    @Test
    void missingFileAndUnknownExtensionAreUsageErrors() {
        CarePrintException missing = assertThrows(CarePrintException.class,
                () -> Glossary.load(Path.of("no-such-dir", "terms.yaml")));
        assertTrue(missing.getMessage().contains("terms.yaml") && missing.getMessage().contains("not found"));
        CarePrintException ext = assertThrows(CarePrintException.class,
                () -> Glossary.load(Path.of("terms.txt")));
        assertTrue(ext.getMessage().contains(".yaml, .yml or .csv"));
    }
}
