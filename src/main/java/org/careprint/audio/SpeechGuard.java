package org.careprint.audio;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Bounds what reaches the synthesizer: FreeTTS splits a token recursively, character by character, so
 * 5,000 combining marks on one letter (or any very long token) overflowed the stack. Text is composed
 * (NFC), runs of combining marks are cut to {@link #MAX_MARKS}, lone surrogates become spaces, and tokens
 * longer than {@link #MAX_RAW_TOKEN} (before the rules) and {@link #MAX_TOKEN} characters (after them) are
 * broken with spaces. All steps are linear.
 */
final class SpeechGuard {
    static final int MAX_MARKS = 2;
    static final int MAX_TOKEN = 64;
    /** Before the normalization rules, whose token patterns (e-mail, URL, number) recurse per repetition. */
    static final int MAX_RAW_TOKEN = 256;
    private static final Pattern MARK_RUN = Pattern.compile("(\\p{M}{" + MAX_MARKS + "})\\p{M}++");

    private SpeechGuard() {
    }

    /** Before normalization: composed text, short mark runs, no lone surrogates. */
    static String before(String s) {
        String t = Normalizer.normalize(lonelySurrogatesToSpace(s), Normalizer.Form.NFC);
        return breakLongTokens(MARK_RUN.matcher(t).replaceAll("$1"), MAX_RAW_TOKEN);
    }

    /** After normalization: no token longer than {@link #MAX_TOKEN} characters. */
    static String after(String s) {
        return breakLongTokens(s, MAX_TOKEN);
    }

    static String breakLongTokens(String s, int max) {
        StringBuilder sb = null;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = Character.isWhitespace(c) ? 0 : run + 1;
            if (run > max && !Character.isLowSurrogate(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(' ');
                run = 1;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String lonelySurrogatesToSpace(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone && sb == null) {
                sb = new StringBuilder(s).delete(i, s.length());
            }
            if (sb != null) {
                sb.append(lone ? ' ' : c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
