package org.careprint.check;

import java.util.List;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/** Runs every lint rule over a bound handout. Thread-safe; create one per run. */
public final class Checker {
    public Checker(CheckOptions options) {
        throw new UnsupportedOperationException("TODO check helper");
    }

    /** Findings of all rules, in source-line order. Reader findings are not repeated here. */
    public List<Finding> check(Handout boundHandout, ReviewInfo review) {
        throw new UnsupportedOperationException("TODO check helper");
    }
}
