package org.careprint.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careprint.model.Finding;

/**
 * Repairs double-encoded UTF-8: text saved as UTF-8, read back as Windows-1252 and saved again ("menâ€™s"
 * for "men’s", "cafÃ©" for "café"). Only sequences shaped like a UTF-8 lead byte followed by its continuation
 * bytes are touched, so real accented words ("español", "São") never are. When every such sequence decodes
 * cleanly the text is repaired and an INFO {@code mojibake-repaired} finding says so; when any does not
 * (a byte was lost), nothing is changed and a WARNING {@code mojibake} asks staff to fix the source.
 */
final class Mojibake {
    /** Windows-1252 characters for bytes 0x80-0x9F (undefined bytes map to the C1 control of the same value). */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    private static final String CONT = "[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
    /** A 2-, 3- or 4-byte UTF-8 sequence seen through Windows-1252. */
    private static final Pattern SEQUENCE = Pattern.compile(
            "[\\u00C2-\\u00DF]" + CONT + "|[\\u00E0-\\u00EF]" + CONT + "{2}|[\\u00F0-\\u00F4]" + CONT + "{3}");
    /** The start of a 3-byte sequence whose last byte was lost ("â€" + nothing). */
    private static final Pattern BROKEN = Pattern.compile("â€(?![\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])");

    record Result(String text, List<Finding> findings) {
    }

    private Mojibake() {
    }

    static Result repair(String text) {
        Matcher m = SEQUENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int count = 0;
        String example = null;
        int firstLine = 0;
        boolean failed = false;
        while (m.find()) {
            String fixed = decode(m.group());
            if (fixed == null) {
                failed = true;
                break;
            }
            if (!plausible(fixed)) {
                continue; // "é»»" is real text that happens to look like a sequence; leave it
            }
            if (example == null) {
                int from = Math.max(0, m.start() - 12);
                example = text.substring(from, Math.min(text.length(), m.end() + 4)).replaceAll("\\s+", " ").trim();
                firstLine = lineOf(text, m.start());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(fixed));
            count++;
        }
        Matcher broken = BROKEN.matcher(text);
        if (failed || broken.find()) {
            int at = failed ? m.start() : broken.start();
            String sample = text.substring(Math.max(0, at - 12), Math.min(text.length(), at + 6)).replaceAll("\\s+", " ").trim();
            return new Result(text, List.of(Finding.warning("mojibake", lineOf(text, at), "Garbled characters such as \""
                    + sample + "\" (a page saved with the wrong encoding) could not be repaired safely; fix the source page.")));
        }
        if (count == 0) {
            return new Result(text, List.of());
        }
        m.appendTail(out);
        String repaired = out.toString();
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.info("mojibake-repaired", firstLine, "Repaired " + count + " garbled character"
                + (count == 1 ? "" : "s") + " from a page saved with the wrong encoding (\"" + example + "\" now reads \""
                + decodeAll(example) + "\")."));
        return new Result(repaired, findings);
    }

    private static String decodeAll(String s) {
        Matcher m = SEQUENCE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String d = decode(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(d == null ? m.group() : d));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The characters' Windows-1252 bytes decoded as UTF-8, or null when they are not valid UTF-8. */
    private static String decode(String seq) {
        byte[] bytes = new byte[seq.length()];
        for (int i = 0; i < seq.length(); i++) {
            char c = seq.charAt(i);
            int high = CP1252_HIGH.indexOf(c);
            if (high >= 0) {
                bytes[i] = (byte) (0x80 + high);
            } else if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** What double-encoding usually hides: accented letters, punctuation, symbols; not CJK or private use. */
    private static boolean plausible(String decoded) {
        int c = decoded.codePointAt(0);
        return c >= 0xA0 && c <= 0x24F || c >= 0x2000 && c <= 0x2BFF || c >= 0x1F300 && c <= 0x1FAFF;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
