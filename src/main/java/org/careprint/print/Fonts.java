package org.careprint.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.CarePrintException;

/**
 * The fonts of one document. BaseFonts are created per document because OpenPDF draws the subset prefix
 * ("ABCDEF+") from a random source: a seeded generator per document keeps the output byte-identical.
 * Text is split into runs so that every character goes to a face that has a glyph for it.
 */
final class Fonts {
    /**
     * A piece of text drawn in one font. {@code actualText} is non-null when no bundled face has the
     * characters: the run then draws one visible replacement mark per character, and the PDF carries
     * the real characters as ActualText so copying and screen readers still get them.
     */
    record Run(BaseFont font, String text, String actualText) {
        Run(BaseFont font, String text) {
            this(font, text, null);
        }
    }

    static final String REPLACEMENT = "\uFFFD";

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont fallbackRegular;
    private final BaseFont fallbackBold;

    Fonts(FontFiles files) {
        regular = create(files, FontFiles.MAIN_REGULAR);
        bold = create(files, FontFiles.MAIN_BOLD);
        fallbackRegular = create(files, FontFiles.FALLBACK_REGULAR);
        fallbackBold = create(files, FontFiles.FALLBACK_BOLD);
    }

    private static BaseFont create(FontFiles files, String file) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    files.bytes(file), null);
            // A CIDSet is optional and OpenPDF's is incomplete (veraPDF rule 7.21.4.2-2 / PDF/A 6.2.11.4.2).
            font.setIncludeCidSet(false);
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(file.getBytes(StandardCharsets.US_ASCII));
            font.setSecureRandom(seeded);
            return font;
        } catch (DocumentException | IOException e) {
            throw new CarePrintException("Font file fonts/" + file + " cannot be used: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Splits text into runs: main face where it has the glyph, fallback face otherwise. */
    List<Run> runs(String text, boolean isBold) {
        BaseFont main = isBold ? bold : regular;
        BaseFont fallback = isBold ? fallbackBold : fallbackRegular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        BaseFont currentFont = null;
        boolean currentMissing = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean isMissing = !main.charExists(cp) && !fallback.charExists(cp);
            BaseFont font = main.charExists(cp) || isMissing ? main : fallback;
            if ((font != currentFont || isMissing != currentMissing) && current.length() > 0) {
                runs.add(run(currentFont, current.toString(), currentMissing, fallback));
                current.setLength(0);
            }
            currentFont = font;
            currentMissing = isMissing;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current.length() > 0) {
            runs.add(run(currentFont, current.toString(), currentMissing, fallback));
        }
        return runs;
    }

    private static Run run(BaseFont font, String text, boolean isMissing, BaseFont fallback) {
        if (!isMissing) {
            return new Run(font, text);
        }
        String mark = fallback.charExists(REPLACEMENT.codePointAt(0)) ? REPLACEMENT : "?";
        return new Run(fallback, mark.repeat(text.codePointCount(0, text.length())), text);
    }

    /** True when neither face can draw the code point (it would show as a box). */
    boolean missing(int codePoint) {
        return !regular.charExists(codePoint) && !fallbackRegular.charExists(codePoint);
    }

    float width(String text, boolean isBold, float size) {
        float width = 0;
        for (Run run : runs(text, isBold)) {
            width += run.font().getWidthPoint(run.text(), size);
        }
        return width;
    }
}
