package org.careprint.audio.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.careprint.audio.AudioOptions;
import org.careprint.audio.AudioRenderer;
import org.careprint.audio.AudioResult;
import org.careprint.model.Block;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.Inlines;
import org.careprint.model.Metadata;
import org.careprint.model.ReviewInfo;
import org.careprint.model.ReviewStatus;

/**
 * Benchmark (not a test): synthesis + encoding of a generated page of about N words. Prints seconds of audio per
 * wall second. Usage: AudioBench [words=2000] [runs=3] [outDir] [format=mp3].
 */
public final class AudioBench {
    private static final String[] WORDS = ("patients treatment doctor may medicine cancer cells body breast brain "
            + "team care plan scan test results week month nurse side effects help feel tired pain often most "
            + "people also small large new ask talk about how when your the and with for that this can will").split(" ");

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private AudioBench() {
    }

    public static void main(String[] args) throws IOException {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path outDir = args.length > 2 && !args[2].isEmpty() ? Path.of(args[2]) : null;
        String format = args.length > 3 ? args[3] : "mp3";
        Handout handout = generate(words, 42);
        ReviewInfo review = new ReviewInfo(LocalDate.of(2015, 8, 31), "", LocalDate.of(2022, 6, 7),
                LocalDate.of(2018, 8, 31), ReviewStatus.OVERDUE);
        long t0 = System.nanoTime();
        AudioRenderer renderer = new AudioRenderer(new AudioOptions(format, 150, 40, "CarePrint Bench", List.of()));
        System.out.printf("renderer made in %.2f s (the voice loads in the background; run 1 waits for it)%n",
                (System.nanoTime() - t0) / 1e9);
        for (int run = 1; run <= runs; run++) {
            ByteArrayOutputStream audio = new ByteArrayOutputStream();
            ByteArrayOutputStream vtt = new ByteArrayOutputStream();
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long processStart = PROCESS.getProcessCpuTime();
            AudioResult result = renderer.render(handout, review, audio, vtt);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double process = (PROCESS.getProcessCpuTime() - processStart) / 1e9;
            System.out.printf("run %d %s: %.1f s of audio; wall %.2f s = %.1fx real time; thread CPU %.2f s = %.1fx "
                            + "real time per core; process CPU incl. GC/JIT %.2f s = %.1fx (%d cues, %d chapters, %d bytes)%n", run,
                    format, result.durationSeconds(), wall, result.durationSeconds() / wall, cpu,
                    result.durationSeconds() / cpu, process, result.durationSeconds() / process,
                    result.timeline().cues().size(), result.chapterCount(), audio.size());
            if (outDir != null && run == runs) {
                Files.createDirectories(outDir);
                Files.write(outDir.resolve("bench." + format), audio.toByteArray());
                Files.write(outDir.resolve("bench.vtt"), vtt.toByteArray());
            }
        }
    }

    /** A deterministic page: sections of paragraphs, a list and glossary terms, about {@code words} words. */
    public static Handout generate(int words, long seed) {
        Random random = new Random(seed);
        List<Block> blocks = new ArrayList<>();
        int written = 0;
        int section = 1;
        while (written < words) {
            blocks.add(new Block.Heading(2, Inlines.text("Part " + section + " of the plan"), 0));
            written += 5;
            for (int p = 0; p < 3 && written < words; p++) {
                List<Inline> content = new ArrayList<>();
                StringBuilder sb = new StringBuilder();
                for (int s = 0; s < 4; s++) {
                    int len = 8 + random.nextInt(10);
                    for (int w = 0; w < len; w++) {
                        String word = WORDS[random.nextInt(WORDS.length)];
                        sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                        sb.append(w == len - 1 ? ". " : (w == len / 2 ? ", " : " "));
                    }
                    written += len;
                }
                content.add(new Inline.Text(sb.toString()));
                content.add(new Inline.Term("trastuzumab", "trastuzumab",
                        "A medicine that targets the HER2 protein on cancer cells.", true, false));
                content.add(new Inline.Text(" is one option."));
                written += 4;
                blocks.add(new Block.Paragraph(content, 0));
            }
            blocks.add(new Block.BulletList(List.of(
                    new Block.ListItem(Inlines.text("Ask your care team about side effects"), 0),
                    new Block.ListItem(Inlines.text("Keep a list of your medicines"), 0),
                    new Block.ListItem(Inlines.text("Call 1-800-227-2345 with questions"), 0)), false, 0));
            written += 20;
            section++;
        }
        Metadata meta = new Metadata("Generated benchmark page", "en-US", LocalDate.of(2015, 8, 31), "",
                LocalDate.of(2022, 6, 7), null, "bench", 0, 0);
        return new Handout(meta, blocks);
    }
}
