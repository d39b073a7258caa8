package org.careprint.model;

/** Where a page stands against its review cycle. */
public enum ReviewStatus {
    CURRENT, DUE, OVERDUE, UNKNOWN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
