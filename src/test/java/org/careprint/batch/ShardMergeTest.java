package org.careprint.batch;

import org.careprint.report.ReportJson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6 item 3: shards partition the corpus exactly and merge gives the single run's report. */
class ShardMergeTest {
    @Test
    void mergedShardsEqualOneRun(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        for (String name : BatchFixtures.GOOD) {
            Files.copy(in.resolve(name), in.resolve("b-" + name));
        }
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("notes.csv"), "a,b\n");
        String[] common = {"--today", BatchFixtures.TODAY, "--no-audio", "--quiet", "--org", "Riverside Clinic"};

        Path single = tmp.resolve("single");
        assertEquals(1, BatchFixtures.cli(concat(new String[] {"build", in.toString(), "-o", single.toString()}, common)).exit());

        int n = 3;
        List<String> shardArgs = new ArrayList<>(List.of("merge"));
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int k = 1; k <= n; k++) {
            Path dir = tmp.resolve("shard-" + k);
            BatchFixtures.cli(concat(new String[] {"build", in.toString(), "-o", dir.toString(), "--shard", k + "/" + n}, common));
            JsonNode r = ReportJson.MAPPER.readTree(dir.resolve("report.json").toFile());
            for (JsonNode d : r.path("documents")) {
                total++;
                assertTrue(seen.add(d.path("source").asText()), "in two shards: " + d.path("source"));
            }
            shardArgs.add(dir.toString());
        }
        JsonNode singleReport = ReportJson.MAPPER.readTree(single.resolve("report.json").toFile());
        assertEquals(singleReport.path("documents").size(), total, "shards partition the corpus exactly");

        Path merged = tmp.resolve("merged");
        shardArgs.addAll(List.of("-o", merged.toString()));
        assertEquals(1, BatchFixtures.cli(shardArgs.toArray(String[]::new)).exit(), "the empty page still fails");

        assertEquals(ReportJson.withoutRunDetails(singleReport),
                ReportJson.withoutRunDetails(ReportJson.MAPPER.readTree(merged.resolve("report.json").toFile())));
        TreeMap<String, byte[]> a = BatchFixtures.contents(single, "report.json", ".careprint-state.json");
        TreeMap<String, byte[]> b = BatchFixtures.contents(merged, "report.json");
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
    }

    @Test
    void mergedShardsGetOneFeedOfAllTheirAudioEditions(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (String name : List.of("hand-washing", "sun-safety")) {
            Files.writeString(in.resolve(name + ".txt"), name.replace('-', ' ') + "\n\nWash or cover up. It helps you "
                    + "stay well.\n\nReviewed: March 1, 2025\n");
        }
        String[] common = {"--today", BatchFixtures.TODAY, "--no-pdf", "--no-epub", "--quiet", "--audio-url",
            "https://example.org/audio/"};
        Path single = tmp.resolve("single");
        BatchFixtures.Run run = BatchFixtures.cli(concat(new String[] {"build", in.toString(), "-o", single.toString()},
                common));
        assertEquals(0, run.exit(), run.err() + run.out());
        List<String> args = new ArrayList<>(List.of("merge"));
        for (int k = 1; k <= 2; k++) {
            Path dir = tmp.resolve("shard-" + k);
            assertEquals(0, BatchFixtures.cli(concat(new String[] {"build", in.toString(), "-o", dir.toString(),
                "--shard", k + "/2"}, common)).exit());
            args.add(dir.toString());
        }
        Path merged = tmp.resolve("merged");
        args.addAll(List.of("-o", merged.toString()));
        assertEquals(0, BatchFixtures.cli(args.toArray(String[]::new)).exit());
        String feed = Files.readString(merged.resolve("feed.xml"));
        assertEquals(Files.readString(single.resolve("feed.xml")), feed, "the merged feed is the single run's");
        assertEquals(2, feed.split("<enclosure ").length - 1, feed);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
