package org.careprint.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.careprint.cli.Main;

/**
 * One build of the bundled examples (PDF, audio, EPUB, feed) shared by the read-along tests: audio is the slow part,
 * so it is made once per test run.
 */
final class BookFixtures {
    static final String AUDIO_URL = "https://clinic.example.org/audio";
    static final String ORG = "Example Clinic";
    private static Path out;

    private BookFixtures() {
    }

    /** The output folder of {@code careprint build examples} with an organization and --audio-url. */
    static synchronized Path built() throws IOException {
        if (out == null) {
            Path dir = Files.createTempDirectory("careprint-epub");
            Run run = cli("build", "examples", "-o", dir.toString(), "--org", ORG, "--audio-url", AUDIO_URL, "--jobs", "2",
                    "--today", "2026-06-01");
            if (run.exit() > 1) {
                throw new IllegalStateException("build failed: " + run.err());
            }
            out = dir;
        }
        return out;
    }

    static List<Path> epubs() throws IOException {
        try (Stream<Path> files = Files.list(built())) {
            return files.filter(p -> p.toString().endsWith(".epub")).sorted().toList();
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                null).run(args);
        return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** Every entry of a zip, by name, in file order. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> map = new java.util.LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                map.put(e.getName(), z.readAllBytes());
            }
        }
        return map;
    }

    static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    /** WebVTT cues: start and end in ms, and the text on one line. */
    record VttCue(long start, long end, String text) {
    }

    static List<VttCue> vtt(Path file) throws IOException {
        List<VttCue> cues = new ArrayList<>();
        String[] blocks = Files.readString(file, StandardCharsets.UTF_8).split("\n\n");
        for (String block : blocks) {
            String[] lines = block.split("\n");
            if (lines.length < 2 || !lines[0].contains("-->")) {
                continue;
            }
            String[] times = lines[0].split(" --> ");
            StringBuilder text = new StringBuilder();
            for (int i = 1; i < lines.length; i++) {
                text.append(i > 1 ? " " : "").append(lines[i].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
            }
            cues.add(new VttCue(millis(times[0]), millis(times[1]), text.toString()));
        }
        return cues;
    }

    /** "00:01:02.345" or "0:01:02.345" in ms. */
    static long millis(String clock) {
        String[] p = clock.strip().replace("s", "").split(":");
        double seconds = Double.parseDouble(p[p.length - 1]);
        long minutes = p.length > 1 ? Long.parseLong(p[p.length - 2]) : 0;
        long hours = p.length > 2 ? Long.parseLong(p[p.length - 3]) : 0;
        return (hours * 3600 + minutes * 60) * 1000 + Math.round(seconds * 1000);
    }

}
