package org.careprint.model;

/**
 * A usage or configuration problem the user can fix (bad style file, unknown option value, missing font).
 * The message is one plain line naming the file and what to do; the CLI maps it to exit code 2.
 */
public class CarePrintException extends RuntimeException {
    public CarePrintException(String message) {
        super(message);
    }

    public CarePrintException(String message, Throwable cause) {
        super(message, cause);
    }
}
