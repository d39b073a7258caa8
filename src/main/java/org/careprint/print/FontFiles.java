package org.careprint.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import com.lowagie.text.pdf.BaseFont;
import org.careprint.model.CarePrintException;

/**
 * The TrueType files bundled from the top-level fonts/ folder: Atkinson Hyperlegible (main face, made for
 * low-vision readers) and DejaVu Sans (fallback for symbols such as ✓ → µ ≥ that Atkinson lacks).
 * Immutable after loading, so one instance may be shared by threads.
 */
final class FontFiles {
    static final String MAIN_REGULAR = "AtkinsonHyperlegible-Regular.ttf";
    static final String MAIN_BOLD = "AtkinsonHyperlegible-Bold.ttf";
    static final String FALLBACK_REGULAR = "DejaVuSans.ttf";
    static final String FALLBACK_BOLD = "DejaVuSans-Bold.ttf";
    static final List<String> ALL = List.of(MAIN_REGULAR, MAIN_BOLD, FALLBACK_REGULAR, FALLBACK_BOLD);

    private final byte[][] data = new byte[ALL.size()][];

    private FontFiles(Map<String, byte[]> overrides) {
        for (int i = 0; i < ALL.size(); i++) {
            byte[] custom = overrides.get(ALL.get(i));
            data[i] = custom != null ? custom : read(ALL.get(i));
        }
    }

    static FontFiles bundled() {
        return new FontFiles(Map.of());
    }

    /** The bundled fonts with the style's custom faces (already checked when the style was loaded) in place. */
    static FontFiles forStyle(Style style) {
        return new FontFiles(style.customFonts());
    }

    /**
     * Why these bytes are not a usable TrueType font, or null when they are: wrong signature, a table that
     * runs past the end of the file (a truncated download), or a font OpenPDF cannot parse or that has no
     * Latin letters.
     */
    static String problem(byte[] bytes) {
        if (bytes.length < 12) {
            return "the file is empty or too short to be a font";
        }
        int tag = readInt(bytes, 0);
        if (tag != 0x00010000 && tag != 0x74727565) { // 1.0 or 'true'
            return tag == 0x4F54544F ? "it is an OpenType/CFF font, only TrueType outlines are supported"
                    : "it is not a TrueType font";
        }
        int tables = ((bytes[4] & 0xFF) << 8) | (bytes[5] & 0xFF);
        if (tables == 0 || 12 + 16L * tables > bytes.length) {
            return "the file is truncated (table directory incomplete)";
        }
        for (int t = 0; t < tables; t++) {
            long offset = readInt(bytes, 12 + 16 * t + 8) & 0xFFFFFFFFL;
            long length = readInt(bytes, 12 + 16 * t + 12) & 0xFFFFFFFFL;
            if (offset + length > bytes.length) {
                return "the file is truncated (" + bytes.length + " bytes, a table ends at byte " + (offset + length) + ")";
            }
        }
        try {
            BaseFont font = BaseFont.createFont("check.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            for (char c : "AZaz09".toCharArray()) {
                if (!font.charExists(c)) {
                    return "it has no glyph for '" + c + "'";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "it cannot be read as a font (" + e.getMessage() + ")";
        }
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    byte[] bytes(String file) {
        return data[ALL.indexOf(file)].clone();
    }

    /** SHA-256 over all font files, so rebuilds notice a changed font. */
    String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (byte[] d : data) {
            sb.append(Style.sha256(d));
        }
        return Style.sha256(sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static byte[] read(String file) {
        String resource = "/org/careprint/fonts/" + file;
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CarePrintException("Font file " + file + " is missing from the program (" + resource
                        + "); reinstall CarePrint or restore fonts/" + file + ".");
            }
            byte[] bytes = in.readAllBytes();
            String problem = problem(bytes);
            if (problem != null) {
                throw new CarePrintException("Font file fonts/" + file + " cannot be used: " + problem
                        + "; restore it from the CarePrint release.");
            }
            return bytes;
        } catch (IOException e) {
            throw new CarePrintException("Cannot read font file fonts/" + file + ": " + e.getMessage(), e);
        }
    }
}
