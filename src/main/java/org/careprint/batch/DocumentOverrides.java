package org.careprint.batch;

/** Per-document settings from a manifest; null fields mean "use the run's option". */
record DocumentOverrides(String title, String organization, String style, String reviewCycle) {
    public static final DocumentOverrides NONE = new DocumentOverrides(null, null, null, null);
}
