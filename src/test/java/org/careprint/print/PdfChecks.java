package org.careprint.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** Read-back helpers for tests: veraPDF validation and PDFBox text extraction. */
public final class PdfChecks {
    private PdfChecks() {
    }

    /** One veraPDF validator per flavour; creating them is the slow part, so test classes share one. */
    public static final class Validator implements AutoCloseable {
        private final PDFAValidator ua;
        private final PDFAValidator pdfa;

        public Validator() {
            VeraGreenfieldFoundryProvider.initialise();
            ua = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            pdfa = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_A, false);
        }

        /** Failed rule ids with counts, e.g. "7.1-3 x2"; empty when compliant. */
        public List<String> failures(byte[] pdf, boolean uaProfile) throws Exception {
            PDFAFlavour flavour = uaProfile ? PDFAFlavour.PDFUA_1 : PDFAFlavour.PDFA_2_A;
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
                ValidationResult result = (uaProfile ? ua : pdfa).validate(parser);
                Map<String, Integer> failed = new TreeMap<>();
                for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                    failed.put(e.getKey().getClause() + "-" + e.getKey().getTestNumber(), e.getValue());
                }
                List<String> out = new ArrayList<>();
                failed.forEach((k, v) -> out.add(k + " x" + v));
                if (!result.isCompliant() && out.isEmpty()) {
                    out.add("not compliant: " + result.getTestAssertions());
                }
                return out;
            }
        }

        @Override
        public void close() throws Exception {
            ua.close();
            pdfa.close();
        }
    }

    /** Text of each page (1-based index 0 = page 1). */
    public static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /** Smallest rendered glyph height (font size times text matrix scale) over all visible glyphs. */
    static float smallestGlyphSize(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float[] min = {Float.MAX_VALUE};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        // getYScale is the text rendering matrix scale, i.e. Tf size x Tm x CTM.
                        min[0] = Math.min(min[0], text.getYScale());
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.getText(doc);
            return min[0];
        }
    }
}
