package org.careprint.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Input/output failures in plain words ("the disk is full writing out/x.pdf") instead of an exception name:
 * what failed, on which file, and what to do about it.
 */
public final class IoProblem {
    private IoProblem() {
    }

    /** The cause of {@code e} as a few plain words: "the disk is full", "permission denied", … */
    public static String reason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            m = fse.getReason().toLowerCase(Locale.ROOT);
        }
        if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
            return "the disk is full";
        }
        if (m.contains("quota")) {
            return "the disk quota is used up";
        }
        if (m.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (e instanceof AccessDeniedException || m.contains("permission denied") || m.contains("access is denied")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file or folder does not exist";
        }
        if (m.contains("too many levels of symbolic links")) {
            return "it is a symbolic link, which CarePrint does not follow";
        }
        if (m.contains("input/output error")) {
            return "the device reported an input/output error";
        }
        String raw = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        return raw == null || raw.isBlank() ? e.getClass().getSimpleName() : raw.lines().findFirst().orElse(raw);
    }

    /** An exception that names the file being written and the plain reason. */
    public static FileSystemException writing(Path file, IOException e) {
        return failure(file, "writing", e);
    }

    /** An exception that names the file being read and the plain reason. */
    public static FileSystemException reading(Path file, IOException e) {
        return failure(file, "reading", e);
    }

    private static FileSystemException failure(Path file, String doing, IOException e) {
        if (e instanceof Failure f) {
            return f;
        }
        Failure f = new Failure(InputPlanner.display(file), doing, reason(e));
        f.initCause(e);
        return f;
    }

    /**
     * One sentence for a finding or an error line: "The disk is full writing out/x.pdf; free some space and
     * run again." (for any IOException, with the file when known).
     */
    public static String sentence(IOException e) {
        String what;
        if (e instanceof Failure f) {
            what = capital(f.getReason()) + " " + f.verb + " " + f.getFile();
        } else if (e instanceof FileSystemException fse && fse.getFile() != null) {
            what = capital(reason(e)) + " (" + fse.getFile() + ")";
        } else {
            what = capital(reason(e));
        }
        String r = e instanceof Failure f ? f.getReason() : reason(e);
        String advice = switch (r) {
            case "the disk is full", "the disk quota is used up" -> "free some space and run again.";
            case "permission denied", "the file system is read-only" -> "check the folder's permissions or choose another folder with -o.";
            default -> "check the file and the disk, then run again.";
        };
        return what + "; " + advice;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A file-system failure with its verb ("writing", "reading") and a plain reason. */
    static final class Failure extends FileSystemException {
        private static final long serialVersionUID = 1L;
        private final String verb;

        Failure(String file, String verb, String reason) {
            super(file, null, reason);
            this.verb = verb;
        }

        @Override
        public String getMessage() {
            return getReason() + " " + verb + " " + getFile();
        }
    }
}
