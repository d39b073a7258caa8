package org.careprint.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output through a temporary file in the same folder ({@code .NAME.careprint-tmp}) and renames
 * it into place only when complete, so a crash or kill never leaves a partial output under its real name.
 * Temporaries left by a killed run are removed by {@link #removeStale} at the start of the next run.
 */
public final class AtomicOutput implements AutoCloseable {
    public static final String TEMP_SUFFIX = ".careprint-tmp";

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target) throws IOException {
        this.target = target;
        this.temp = tempFor(target);
        this.stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    public static AtomicOutput begin(Path target) throws IOException {
        return new AtomicOutput(target);
    }

    public static Path tempFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
    }

    public OutputStream stream() {
        return stream;
    }

    /** Closes the temporary file and atomically renames it to the target. */
    public void commit() throws IOException {
        stream.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Discards the temporary file unless committed. Never throws. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            stream.close();
        } catch (IOException ignored) {
            // the temporary is deleted below either way
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a later run removes stale temporaries
        }
    }

    /** Writes a whole file atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicOutput out = begin(target)) {
            out.stream().write(bytes);
            out.commit();
        }
    }

    /** Copies a file atomically. */
    public static void copy(Path source, Path target) throws IOException {
        try (AtomicOutput out = begin(target)) {
            Files.copy(source, out.stream());
            out.commit();
        }
    }

    /** Deletes temporaries a killed run left in {@code dir}; returns how many. */
    public static int removeStale(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }
}
