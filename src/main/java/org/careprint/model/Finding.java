package org.careprint.model;

/**
 * Something a reader or lint rule noticed. The file is not stored here; reports attach it.
 *
 * @param code    stable kebab-case code ("lost-list", "invalid-date")
 * @param line    1-based source line, 0 when not known
 * @param message a plain sentence clinic staff can act on
 */
public record Finding(Severity severity, String code, int line, String message) {
    public static Finding error(String code, int line, String message) {
        return new Finding(Severity.ERROR, code, line, message);
    }

    public static Finding warning(String code, int line, String message) {
        return new Finding(Severity.WARNING, code, line, message);
    }

    public static Finding info(String code, int line, String message) {
        return new Finding(Severity.INFO, code, line, message);
    }
}
