package org.careprint.output;

import java.util.List;

/** A registered output format with the run's options: makes one {@link Output} per worker thread. */
public interface OutputKind {
    /** Short name used for timings and messages ("pdf", "audio", "transcript"). */
    String id();

    /** The report.json keys of the files it writes, in order ("audio", "captions"). */
    List<String> roles();

    Output newOutput();
}
