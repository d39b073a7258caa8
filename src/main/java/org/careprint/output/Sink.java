package org.careprint.output;

import java.io.IOException;
import java.io.OutputStream;

/** Where an output writes its files; the batch makes them appear atomically once rendering succeeds. */
public interface Sink {
    /** A stream for {@code fileName} (a plain file name, no folders); the output must not close it. */
    OutputStream open(String fileName) throws IOException;
}
