package org.careprint.audio;

/** Silence lengths in seconds. Longer after headings and between sections than between sentences (DAISY practice). */
final class Pauses {
    static final double SENTENCE = 0.4;
    static final double LIST_ITEM = 0.5;
    static final double PARAGRAPH = 0.7;
    static final double HEADING = 1.0;
    static final double SECTION = 1.6;
    /** Room tone at the start and end of the file. */
    static final double LEAD_IN = 0.75;
    static final double TAIL = 1.5;

    private Pauses() {
    }
}
