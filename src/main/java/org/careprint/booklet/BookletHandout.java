package org.careprint.booklet;

import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/** One handout of the book: where it came from, the bound handout and its review status. */
public record BookletHandout(String source, Handout handout, ReviewInfo review) {
    public String title() {
        String t = handout.metadata().title();
        return t == null || t.isBlank() ? "Untitled handout" : t.strip();
    }
}
