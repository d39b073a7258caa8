package org.careprint.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.Option;
import org.careprint.model.CarePrintException;

/** Option values checked against their ranges, once, up front: a bad one is one line naming it (exit 2). */
final class OptionValues {
    private OptionValues() {
    }

    static String oneOf(String option, String value, String... allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return a;
            }
        }
        throw new CarePrintException(option + " '" + value + "' is not valid; use " + String.join(" or ", allowed) + ".");
    }

    static int intIn(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CarePrintException(option + " '" + value + "' is not valid; give a whole number from " + min + " to " + max + ".");
    }

    /** A loudness target in LUFS: a number from −40 to −10 ("-19", "-16.5"). */
    static double lufs(String value) {
        try {
            double v = Double.parseDouble(value.trim().replace('\u2212', '-'));
            if (v >= -40 && v <= -10) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CarePrintException("--loudness '" + value + "' is not valid; give a loudness from -40 to -10 LUFS "
                + "(-19 is the default for mono speech).");
    }

    /** The bitrates the MP3 encoder takes at 16 kHz mono (MPEG-2 Layer III); anything else fails in LAME. */
    static final List<Integer> MP3_BITRATES = List.of(8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160);
    /** Longest --audio-url: the QR code of BASE/NAME.mp3 must stay small enough to print and scan. */
    static final int MAX_AUDIO_URL = 500;

    static int bitrate(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (MP3_BITRATES.contains(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CarePrintException("--bitrate '" + value + "' is not valid; give an MP3 bitrate from 8 to 160 kbps: "
                + MP3_BITRATES.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ".");
    }

    static String audioUrl(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > MAX_AUDIO_URL || v.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new CarePrintException("--audio-url is not valid (" + v.length() + " characters); give a web address of 1 to "
                    + MAX_AUDIO_URL + " characters without spaces or control characters, e.g. https://example.org/audio.");
        }
        return v;
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CarePrintException("--today '" + value + "' is not a date; use YYYY-MM-DD, e.g. 2025-03-01.");
        }
    }

    /** "1M", "512k", "2MB", "1500000" (k and M are 1024-based). */
    static long size(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replaceAll("i?b$", "");
        long unit = 1;
        if (v.endsWith("k")) {
            unit = 1024L;
        } else if (v.endsWith("m")) {
            unit = 1024L * 1024L;
        } else if (v.endsWith("g")) {
            unit = 1024L * 1024L * 1024L;
        }
        if (unit > 1) {
            v = v.substring(0, v.length() - 1).trim();
        }
        try {
            double n = Double.parseDouble(v);
            if (n > 0 && !Double.isInfinite(n)) {
                return (long) (n * unit);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CarePrintException("--max-size '" + value + "' is not a size; use e.g. 1M, 512k or 2000000.");
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (RuntimeException e) {
            throw new CarePrintException("--encoding '" + name + "' is not a known character set; use e.g. ISO-8859-1 or windows-1252.");
        }
    }
}
