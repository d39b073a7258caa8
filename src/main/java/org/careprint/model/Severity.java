package org.careprint.model;

/** How bad a finding is. Errors fail a document; warnings fail it only under --strict. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
