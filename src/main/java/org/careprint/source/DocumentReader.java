package org.careprint.source;

import org.careprint.model.ReadResult;

/** One input format. Pure: decoded text in, handout and findings out; must never throw on content. */
public interface DocumentReader {
    ReadResult read(String sourceName, String text);
}
