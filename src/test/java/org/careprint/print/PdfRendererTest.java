package org.careprint.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfRendererTest {
    private PdfChecks.Validator validator;
    /** Every fixture PDF by name "style/paper". */
    private final Map<String, byte[]> fixtures = new LinkedHashMap<>();

    @BeforeAll
    void renderFixtures() throws Exception {
        validator = new PdfChecks.Validator();
        for (String style : Style.BUNDLED) {
            fixtures.put(style + "/letter", render(style, TestHandouts.letter()));
        }
        fixtures.put("large/a4", render("large", withPaper("a4")));
    }

    @AfterAll
    void closeValidator() throws Exception {
        validator.close();
    }

    static PrintOptions withPaper(String paper) {
        PrintOptions o = TestHandouts.letter();
        return new PrintOptions(paper, o.organization(), o.showOverdue(), o.audioUrl(), o.creationEpochSeconds());
    }

    static byte[] render(String style, PrintOptions options) throws Exception {
        return render(style, TestHandouts.seedLike(), TestHandouts.overdue(), options);
    }

    static byte[] render(String style, Handout handout, ReviewInfo review, PrintOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(Style.load(style)).render(handout, review, options, out);
        return out.toByteArray();
    }

    @Test
    void everyFixturePassesPdfUa1() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            List<String> failed = validator.failures(e.getValue(), true);
            assertTrue(failed.isEmpty(), e.getKey() + " fails PDF/UA-1 rules " + failed);
        }
    }

    @Test
    void everyFixturePassesPdfA2a() throws Exception {
        for (Map.Entry<String, byte[]> e : fixtures.entrySet()) {
            List<String> failed = validator.failures(e.getValue(), false);
            assertTrue(failed.isEmpty(), e.getKey() + " fails PDF/A-2a rules " + failed);
        }
    }
}
