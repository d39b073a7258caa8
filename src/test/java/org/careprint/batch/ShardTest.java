package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardTest {
    @Test
    void shardsPartitionPathsExactly() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            paths.add("topic-" + i + "/page-" + (i * 7) + ".txt");
        }
        for (int n = 1; n <= 7; n++) {
            Set<String> union = new HashSet<>();
            int total = 0;
            for (int k = 1; k <= n; k++) {
                Shard shard = new Shard(k, n);
                List<String> mine = paths.stream().filter(shard::contains).toList();
                total += mine.size();
                union.addAll(mine);
                if (n > 1) {
                    assertTrue(mine.size() > 500 / n / 2, "shard " + shard + " is far too small: " + mine.size());
                }
            }
            assertEquals(paths.size(), total, "every path in exactly one of " + n + " shards");
            assertEquals(new HashSet<>(paths), union);
        }
    }

    @Test
    void slotIsStableAcrossRuns() {
        assertEquals(Shard.slotOf("a/b.txt", 5), Shard.slotOf("a/b.txt", 5));
        assertTrue(Shard.slotOf("a/b.txt", 5) >= 0 && Shard.slotOf("a/b.txt", 5) < 5);
    }

    @Test
    void parsesAndRejects() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertThrows(CarePrintException.class, () -> Shard.parse("0/4"));
        assertThrows(CarePrintException.class, () -> Shard.parse("5/4"));
        assertThrows(CarePrintException.class, () -> Shard.parse("two"));
    }

    @Test
    void plannerShardsPartitionAFolderAndItsSkippedFiles(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 40; i++) {
            Path f = in.resolve("part" + (i % 3)).resolve("page" + i + (i % 5 == 0 ? ".pdf" : ".txt"));
            Files.createDirectories(f.getParent());
            Files.writeString(f, "Title " + i + "\n\nText.\n");
        }
        InputPlanner planner = new InputPlanner(tmp.resolve("out"));
        List<InputPlanner.Input> inputs = List.of(new InputPlanner.Input(in, DocumentOverrides.NONE));
        Plan all = planner.plan(inputs, Shard.ALL);
        List<String> docs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Plan p = planner.plan(inputs, new Shard(k, 3));
            p.documents().forEach(d -> docs.add(d.source()));
            p.skipped().forEach(s -> skipped.add(s.source()));
        }
        assertEquals(all.documents().stream().map(PlannedDocument::source).sorted().toList(), docs.stream().sorted().toList());
        assertEquals(all.skipped().stream().map(SkippedInput::source).sorted().toList(), skipped.stream().sorted().toList());
        assertEquals(32, all.documents().size());
        assertEquals(8, all.skipped().size());
    }
}
