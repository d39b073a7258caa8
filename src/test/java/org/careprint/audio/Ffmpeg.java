package org.careprint.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ffmpeg's EBU R128 reading of a file, the measure issue 16 names; null when ffmpeg is not installed. */
final class Ffmpeg {
    record Ebur128(double integratedLufs, double truePeakDbtp) {
    }

    private Ffmpeg() {
    }

    static Ebur128 ebur128(Path file) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("ffmpeg", "-nostats", "-hide_banner", "-i", file.toString(),
                    "-af", "ebur128=peak=true", "-f", "null", "-").redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        int summary = out.lastIndexOf("Summary:");
        if (summary < 0) {
            throw new IllegalStateException("ffmpeg gave no ebur128 summary:\n" + out);
        }
        String s = out.substring(summary);
        return new Ebur128(number(s, "I:\\s+(-?[\\d.]+|-inf) LUFS"), number(s, "Peak:\\s+(-?[\\d.]+|-inf) dBFS"));
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
    }
}
