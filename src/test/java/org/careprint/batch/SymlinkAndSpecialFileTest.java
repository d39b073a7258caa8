package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: no write or read through a planted link; named pipes and devices refused with one line. */
class SymlinkAndSpecialFileTest {
    private static BatchFixtures.Run build(Path in, Path out, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", in.toString(), "-o",
                out.toString(), "--today", BatchFixtures.TODAY, "--no-audio", "--jobs", "1"));
        args.addAll(java.util.List.of(more));
        return BatchFixtures.cli(args.toArray(String[]::new));
    }

    @Test
    void plantedLinksInTheOutputFolderAreNeverWrittenOrReadThrough(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path outside = tmp.resolve("outside.txt");
        Files.writeString(outside, "precious\n");
        Path outsideState = tmp.resolve("outside-state.json");
        Files.writeString(outsideState, "{\"format\":1,\"documents\":{}}");
        Files.createSymbolicLink(out.resolve(BuildState.JOURNAL_NAME), outside);
        Files.createSymbolicLink(out.resolve(BuildState.FILE_NAME), outsideState);
        Files.createSymbolicLink(out.resolve(".walking.pdf" + AtomicOutput.TEMP_SUFFIX), outside);
        Files.createSymbolicLink(out.resolve("walking.pdf"), outside);
        Files.createSymbolicLink(out.resolve(OutputLock.FILE_NAME), outside);

        BatchFixtures.Run run = build(in, out);
        assertEquals(0, run.exit(), run.err());
        assertEquals("precious\n", Files.readString(outside));
        assertEquals("{\"format\":1,\"documents\":{}}", Files.readString(outsideState));
        assertFalse(Files.isSymbolicLink(out.resolve("walking.pdf")), "the link was replaced by the handout");
        assertFalse(Files.isSymbolicLink(out.resolve(BuildState.FILE_NAME)));
        assertFalse(Files.exists(out.resolve(BuildState.JOURNAL_NAME), java.nio.file.LinkOption.NOFOLLOW_LINKS));

        // a journal link planted between runs is removed, never appended to
        Files.createSymbolicLink(out.resolve(BuildState.JOURNAL_NAME), outside);
        assertEquals(0, build(in, out, "--force").exit());
        assertEquals("precious\n", Files.readString(outside));
    }

    @Test
    void mergeNeverCopiesThroughALinkInAShardFolder(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        Path shard = tmp.resolve("shard");
        assertEquals(0, build(in, shard).exit());
        Path outside = tmp.resolve("secret.pdf");
        Files.writeString(outside, "not a handout");
        Files.delete(shard.resolve("walking.pdf"));
        Files.createSymbolicLink(shard.resolve("walking.pdf"), outside);
        BatchFixtures.Run merged = BatchFixtures.cli("merge", shard.toString(), "-o", tmp.resolve("site").toString());
        assertEquals(2, merged.exit(), merged.err());
        assertTrue(merged.err().contains("walking.pdf is a symbolic link, which merge does not follow"), merged.err());
        assertFalse(Files.exists(tmp.resolve("site").resolve("walking.pdf")));
    }

    private static boolean mkfifo(Path p) throws Exception {
        try {
            Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
            return mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void namedPipesAndDevicesAreRefusedWithOneLine(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("page.txt");
        assumeTrue(mkfifo(fifo), "mkfifo not available");
        BatchFixtures.Run input = BatchFixtures.cli("check", fifo.toString());
        assertEquals(2, input.exit());
        assertEquals("careprint: Input " + fifo + " is a named pipe (FIFO), not a file or folder CarePrint can read;"
                + " give a .txt, .md or .html file or a folder.", input.err().strip());

        Path manifestFifo = tmp.resolve("list.yaml");
        assumeTrue(mkfifo(manifestFifo));
        BatchFixtures.Run manifest = BatchFixtures.cli("check", "--manifest", manifestFifo.toString());
        assertEquals(2, manifest.exit());
        assertTrue(manifest.err().contains("is a named pipe (FIFO), not a regular file"), manifest.err());
        assertEquals(1, manifest.err().strip().lines().count());

        if (Files.exists(Path.of("/dev/zero"))) {
            BatchFixtures.Run device = BatchFixtures.cli("check", "/dev/zero");
            assertEquals(2, device.exit());
            assertTrue(device.err().contains("is a character device"), device.err());
        }

        // inside a folder: listed as skipped, the rest is built
        Path in = tmp.resolve("in");
        BatchFixtures.copyGood(in);
        assumeTrue(mkfifo(in.resolve("pipe.md")));
        BatchFixtures.Run folder = build(in, tmp.resolve("out"));
        assertEquals(0, folder.exit(), folder.err());
        assertTrue(folder.err().contains("skipped " + in.resolve("pipe.md") + ": not a regular file"), folder.err());
    }
}
