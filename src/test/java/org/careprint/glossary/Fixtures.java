package org.careprint.glossary;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the glossary test fixtures under src/test/resources/glossary. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/glossary/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }
}
