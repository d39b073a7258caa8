package org.careprint.print;

import java.util.List;

/** A horizontal band that is never split across pages: one text line, a table row, the QR block. */
record Row(float height, List<Mark> marks) {
    Row {
        marks = List.copyOf(marks);
    }
}
