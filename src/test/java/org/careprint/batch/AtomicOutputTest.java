package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void writesUnderTheRealNameOnlyOnCommit() throws Exception {
        Path target = dir.resolve("a.pdf");
        try (AtomicOutput out = AtomicOutput.begin(target)) {
            out.stream().write(new byte[] {1, 2, 3});
            out.stream().flush();
            assertFalse(Files.exists(target));
            assertTrue(Files.exists(dir.resolve(".a.pdf.careprint-tmp")));
            out.commit();
        }
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(0, BatchFixtures.tempFiles(dir).size());
    }

    @Test
    void failureKeepsThePreviousFileAndLeavesNoTemporary() throws Exception {
        Path target = dir.resolve("a.pdf");
        Files.write(target, new byte[] {9});
        assertThrows(IOException.class, () -> {
            try (AtomicOutput out = AtomicOutput.begin(target)) {
                out.stream().write(new byte[] {1});
                throw new IOException("renderer failed");
            }
        });
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
        assertEquals(0, BatchFixtures.tempFiles(dir).size());
    }

    @Test
    void removesStaleTemporariesOnly() throws Exception {
        Files.writeString(dir.resolve(".x.mp3.careprint-tmp"), "partial");
        Files.writeString(dir.resolve("x.pdf"), "keep");
        assertEquals(1, AtomicOutput.removeStale(dir));
        assertTrue(Files.exists(dir.resolve("x.pdf")));
        assertEquals(0, BatchFixtures.tempFiles(dir).size());
    }
}
