package org.careprint.source;

import java.nio.charset.Charset;

/** Byte-order marks of UTF-16 and UTF-32 text, which would otherwise look binary (NUL bytes). */
final class Bom {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private Bom() {
    }

    /** The charset the file's byte-order mark names (UTF-8 marks are left to the UTF-8 path), or null. */
    static Charset charset(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (starts(b, 0xFE, 0xFF)) {
            return java.nio.charset.StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0xFF, 0xFE)) {
            return java.nio.charset.StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static int length(byte[] b) {
        Charset c = charset(b);
        return c == null ? 0 : c == UTF_32BE || c == UTF_32LE ? 4 : 2;
    }

    /** Charsets whose text has NUL bytes (UTF-16 and UTF-32 in any byte order). */
    static boolean isWide(Charset c) {
        String n = c.name().toUpperCase(java.util.Locale.ROOT);
        return n.startsWith("UTF-16") || n.startsWith("UTF-32") || n.startsWith("X-UTF-16") || n.startsWith("X-UTF-32");
    }

    /** NUL characters, or many control characters, in decoded text. */
    static boolean looksBinary(String text) {
        int control = 0;
        int sample = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                control++;
            }
        }
        return control > sample * 0.10;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
