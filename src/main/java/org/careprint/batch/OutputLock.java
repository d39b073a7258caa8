package org.careprint.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.careprint.model.CarePrintException;

/**
 * The exclusive lock on an output folder: {@code OUT/.careprint.lock}, holding the holder's pid, start time
 * and host while a build or merge runs there. The exclusion itself is an operating-system lock on that file,
 * which dies with its process, so the lock of a killed run is stale at once and simply taken over; the
 * file's text only says who holds it. A second run reports the holder and stops (exit 2), or with
 * {@code --wait} waits until the folder is free. The file is left in place, emptied, when the run ends
 * (deleting it would let two later runs lock two different files). Never opened through a symbolic link.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE_NAME = ".careprint.lock";
    private static final long POLL_MILLIS = 200;
    /** Folders locked by this process: a second lock on one file from the same JVM must not touch the channel. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String takenOver;

    private OutputLock(Path file, Path key, FileChannel channel, FileLock lock, String takenOver) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.takenOver = takenOver;
    }

    /**
     * Locks {@code outDir} (which must exist). When another run holds it: with {@code wait}, says so once on
     * {@code log} and waits; otherwise throws a CarePrintException naming the holder (exit 2).
     */
    public static OutputLock acquire(Path outDir, boolean wait, PrintStream log) {
        boolean told = false;
        while (true) {
            OutputLock l = tryAcquire(outDir);
            if (l != null) {
                return l;
            }
            String holder = holder(outDir.resolve(FILE_NAME));
            if (!wait) {
                throw new CarePrintException("The output folder " + InputPlanner.display(outDir) + " is in use by another"
                        + " CarePrint run (" + holder + "); wait for it to finish, or run again with --wait.");
            }
            if (!told && log != null) {
                log.println("careprint: waiting for " + InputPlanner.display(outDir) + ", in use by another CarePrint run ("
                        + holder + ")");
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CarePrintException("Interrupted while waiting for the output folder " + InputPlanner.display(outDir) + ".");
            }
        }
    }

    /** The lock, or null when another run (in this or another process) holds it. */
    static OutputLock tryAcquire(Path outDir) {
        Path file = outDir.resolve(FILE_NAME);
        Path key;
        try {
            key = outDir.toRealPath();
        } catch (IOException e) {
            throw new CarePrintException("Cannot lock the output folder " + InputPlanner.display(outDir) + ": "
                    + IoProblem.reason(e) + "; choose another folder with -o.");
        }
        if (!HELD.add(key)) {
            return null;
        }
        FileChannel channel = null;
        try {
            if (Files.isSymbolicLink(file) || Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(file); // a planted link or special file: never opened
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                HELD.remove(key);
                return null;
            }
            String previous = read(channel);
            String takenOver = previous.isBlank() ? null : previous.strip();
            try {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(describeSelf().getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(false);
            } catch (IOException e) {
                // the text only names the holder (e.g. the disk is full): the operating-system lock is held all the same
            }
            return new OutputLock(file, key, channel, lock, takenOver);
        } catch (IOException e) {
            HELD.remove(key);
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // reported below
                }
            }
            throw new CarePrintException("Cannot lock the output folder " + InputPlanner.display(outDir) + " ("
                    + IoProblem.reason(e) + " on " + FILE_NAME + "); choose another folder with -o.");
        }
    }

    /**
     * The text of a lock this run took over from a run that is no longer running (killed), or null when the
     * folder was free.
     */
    public String takenOver() {
        return takenOver;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4096);
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    /** "pid 1234 started 2025-06-01T10:00:00Z on host" for this process. */
    static String describeSelf() {
        ProcessHandle self = ProcessHandle.current();
        Optional<Instant> start = self.info().startInstant();
        return "pid " + self.pid() + (start.map(s -> " started " + s).orElse("")) + " on " + host() + "\n";
    }

    private static String host() {
        String h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                h = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                h = "this machine";
            }
        }
        return h;
    }

    /** Who holds the lock, from the lock file's text (read without following a link). */
    private static String holder(Path file) {
        try {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes;
                try (var in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                    bytes = in.readNBytes(300);
                }
                String text = ConsoleText.safe(new String(bytes, StandardCharsets.UTF_8).strip());
                if (!text.isEmpty()) {
                    return text;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return "holder unknown";
    }

    /** Releases the lock and empties the file's text. Never throws. */
    @Override
    public void close() {
        try {
            channel.truncate(0);
        } catch (IOException ignored) {
            // the text is only informative
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do
        }
        HELD.remove(key);
    }

    Path file() {
        return file;
    }
}
