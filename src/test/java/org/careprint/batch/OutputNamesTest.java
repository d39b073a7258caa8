package org.careprint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputNamesTest {
    @Test
    void keepsOrdinaryStems() {
        assertEquals("her2-metastatic", OutputNames.stemOf("her2-metastatic.txt"));
        assertEquals("mouth_care", OutputNames.stemOf("Mouth_Care.md"));
    }

    @Test
    void neverEscapesOrHides() {
        for (String raw : new String[] {"../../etc/passwd.txt", "..txt", ".hidden.md", "a/b\\c.html", "con:x*?.txt",
                "   .txt", "\u0000evil.txt"}) {
            String stem = OutputNames.stemOf(raw);
            assertTrue(stem.matches("[a-z0-9][a-z0-9_-]*"), raw + " -> " + stem);
        }
        assertEquals("etc-passwd", OutputNames.sanitize("../../etc/passwd"));
    }

    @Test
    void foldsAccentsAndLimitsLength() {
        assertEquals("cafe-sante", OutputNames.stemOf("Café Santé.txt"));
        assertTrue(OutputNames.sanitize("x".repeat(300)).length() <= 100);
        assertEquals("document", OutputNames.stemOf("???.txt"));
    }
}
