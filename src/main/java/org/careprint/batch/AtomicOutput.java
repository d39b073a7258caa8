package org.careprint.batch;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.careprint.model.Sha256;

/**
 * Writes an output through a temporary file in the same folder ({@code .NAME.careprint-tmp}) and renames
 * it into place only when complete, so a crash or kill never leaves a partial output under its real name.
 * Temporaries left by a killed run are removed by {@link #removeStale} at the start of the next run.
 *
 * <p>Never follows a symbolic link: the temporary is created new ({@code CREATE_NEW}, {@code NOFOLLOW_LINKS},
 * after removing whatever link or file had its name) and the rename replaces a link at the target instead
 * of writing through it. Write failures name the file in plain words ({@link IoProblem}), and the SHA-256 of
 * the bytes written is kept for the incremental check.
 */
public final class AtomicOutput implements AutoCloseable {
    public static final String TEMP_SUFFIX = ".careprint-tmp";

    private final Path target;
    private final Path temp;
    private final MessageDigest digest = Sha256.digest();
    private final OutputStream stream;
    private long bytes;
    private boolean committed;

    private AtomicOutput(Path target) throws IOException {
        this.target = target;
        this.temp = tempFor(target);
        OutputStream file;
        try {
            Files.deleteIfExists(temp);
            file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw IoProblem.writing(target, e);
        }
        this.stream = new Guarded(new BufferedOutputStream(file, 1 << 16));
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

    public Path target() {
        return target;
    }

    /** Hex SHA-256 of everything written so far (the whole file once committed). */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes written so far. */
    public long bytes() {
        return bytes;
    }

    /** Closes the temporary file and atomically renames it to the target. */
    public void commit() throws IOException {
        stream.close();
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw IoProblem.writing(target, e);
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

    /**
     * Copies a regular file atomically; a source that is a symbolic link or a special file is refused
     * ({@link java.nio.file.FileSystemException}), never followed. Returns the bytes copied.
     */
    public static long copy(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new IoProblem.Failure(InputPlanner.display(source), "reading",
                    Files.isSymbolicLink(source) ? "it is a symbolic link, which CarePrint does not follow"
                            : "it is not a regular file");
        }
        try (AtomicOutput out = begin(target);
             InputStream in = Files.newInputStream(source, LinkOption.NOFOLLOW_LINKS)) {
            in.transferTo(out.stream());
            out.commit();
            return out.bytes();
        }
    }

    /** Hex SHA-256 of a file, not following a symbolic link (which gives an IOException). */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest sha = Sha256.digest();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Deletes temporaries a killed run left in {@code dir} (links of that name too, never their targets); returns how many. */
    public static int removeStale(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                if ((Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** Counts and hashes what is written; a failure names the target file in plain words. */
    private final class Guarded extends FilterOutputStream {
        Guarded(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw IoProblem.writing(target, e);
            }
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw IoProblem.writing(target, e);
            }
            digest.update(b, off, len);
            bytes += len;
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw IoProblem.writing(target, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw IoProblem.writing(target, e);
            }
        }
    }
}
