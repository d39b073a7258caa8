package org.careprint.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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

    private FontFiles() {
        for (int i = 0; i < ALL.size(); i++) {
            data[i] = read(ALL.get(i));
        }
    }

    static FontFiles bundled() {
        return new FontFiles();
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
            if (bytes.length < 12 || bytes[0] != 0 || bytes[1] != 1 || bytes[2] != 0 || bytes[3] != 0) {
                throw new CarePrintException("Font file fonts/" + file + " is not a TrueType font; restore it from the"
                        + " CarePrint release.");
            }
            return bytes;
        } catch (IOException e) {
            throw new CarePrintException("Cannot read font file fonts/" + file + ": " + e.getMessage(), e);
        }
    }
}
