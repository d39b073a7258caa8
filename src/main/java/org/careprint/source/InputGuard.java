package org.careprint.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.careprint.model.Finding;

/**
 * Checks raw bytes before any reader sees them: too large, empty, binary, not UTF-8. Each problem is one
 * ERROR finding with a plain message; otherwise the bytes are decoded (strictly) and a UTF-8 BOM stripped.
 * A bytes format ({@link Format.Input#BYTES}) gets only {@link #checkBytes}.
 */
final class InputGuard {
    /** Either decoded text or the reason it could not be read. */
    record Outcome(String text, Finding problem) {
    }

    private static final double MAX_CONTROL_SHARE = 0.10;

    private final LoadOptions options;

    InputGuard(LoadOptions options) {
        this.options = options;
    }

    Outcome check(byte[] bytes) {
        Finding sizeOrEmpty = checkBytes(bytes);
        if (sizeOrEmpty != null) {
            return new Outcome(null, sizeOrEmpty);
        }
        // UTF-16/32 text has NUL bytes: its byte-order mark (or --encoding) decides, and the binary test runs on the text
        Charset bom = Bom.charset(bytes);
        Charset charset = options.encoding() != null ? options.encoding() : bom != null ? bom : StandardCharsets.UTF_8;
        boolean wide = Bom.isWide(charset);
        if (!wide && isBinary(bytes)) {
            return fail("binary", "The file looks binary (not text); export the page as .txt, .md or .html.");
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, wide && charset.equals(bom) ? Bom.length(bytes) : 0,
                            bytes.length - (wide && charset.equals(bom) ? Bom.length(bytes) : 0))).toString();
            if (wide && Bom.looksBinary(text)) {
                return fail("binary", "The file looks binary (not text); export the page as .txt, .md or .html.");
            }
        } catch (CharacterCodingException e) {
            if (options.encoding() == null && bom != null) {
                return fail("not-utf8", "The file starts with a " + bom.name() + " byte-order mark but is not valid "
                        + bom.name() + "; save it as UTF-8.");
            }
            if (options.encoding() == null) {
                return fail("not-utf8", "The file is not valid UTF-8; save it as UTF-8, or read it with "
                        + "--encoding latin1 (or its real encoding).");
            }
            return fail("not-utf8", "The file cannot be decoded as " + charset.name()
                    + "; check the --encoding value or save it as UTF-8.");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return fail("empty", "The file holds only blank space; add the page content or remove the file.");
        }
        return new Outcome(text, null);
    }

    /** The guards that hold for every format, bytes formats too: too large, empty. Null when both pass. */
    Finding checkBytes(byte[] bytes) {
        if (bytes.length > options.maxBytes()) {
            return Finding.error("too-large", 0, "The file is " + bytes.length + " bytes, over the " + options.maxBytes()
                    + "-byte limit; split it or raise --max-size.");
        }
        if (isBlank(bytes)) {
            return Finding.error("empty", 0, "The file is empty (no text at all); add the page content or remove the file.");
        }
        return null;
    }

    private static Outcome fail(String code, String message) {
        return new Outcome(null, Finding.error(code, 0, message));
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or many control characters other than tab/newline/carriage return/form feed. */
    private static boolean isBinary(byte[] bytes) {
        int control = 0;
        int sample = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        return control > sample * MAX_CONTROL_SHARE;
    }
}
