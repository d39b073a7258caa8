package org.careprint.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careprint.cli.Main;

/** Shared fixture helpers for batch tests: our own small pages, bad inputs, and an in-process CLI runner. */
final class BatchFixtures {
    static final String TODAY = "2025-06-01";
    static final List<String> GOOD = List.of("anemia-basics.txt", "hand-washing.txt", "mouth-care.md", "walking.html");

    private BatchFixtures() {
    }

    /** Copies the good fixture pages into {@code dir}. */
    static void copyGood(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : GOOD) {
            try (InputStream in = BatchFixtures.class.getResourceAsStream("/batch/good/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    /** Writes the inputs the done-when lists as bad; returns their file names. */
    static List<String> writeBad(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), "   \n\t\n  \n");
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        Files.write(dir.resolve("random.txt"), random);
        Files.write(dir.resolve("latin1.txt"),
                "Caf\u00e9 Visits\n\nBring a friend to the caf\u00e9 na\u00efve about treatment.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("bad-date.txt"),
                "Eating Well\n\nSmall meals can be easier to eat.\n\nFebruary 30, 2024\nReviewed By: Dana Okafor\n");
        Files.writeString(dir.resolve("future-date.txt"),
                "Sleeping Well\n\nA short nap can help you rest.\n\nMarch 3, 2031\nReviewed By: Dana Okafor\n");
        StringBuilder big = new StringBuilder("A Very Long Page\n\n");
        while (big.length() < 2 * 1024 * 1024) {
            big.append("Drink water often and rest when you feel tired.\n\n");
        }
        Files.writeString(dir.resolve("huge.txt"), big);
        return List.of("empty.txt", "blank.txt", "random.txt", "latin1.txt", "bad-date.txt", "future-date.txt", "huge.txt");
    }

    /** Result of an in-process CLI run. */
    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), null).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every file under dir (relative path to bytes), excluding names given. */
    static TreeMap<String, byte[]> contents(Path dir, String... exclude) throws IOException {
        TreeMap<String, byte[]> map = new TreeMap<>();
        List<String> skip = List.of(exclude);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!skip.contains(rel)) {
                    map.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return map;
    }

    static List<String> tempFiles(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(AtomicOutput.TEMP_SUFFIX))
                    .forEach(p -> found.add(p.toString()));
        }
        return found;
    }
}
