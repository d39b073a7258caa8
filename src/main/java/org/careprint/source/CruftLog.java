package org.careprint.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.careprint.model.Finding;

/** Counts dropped cruft by kind so removal is reported, never silent. */
final class CruftLog {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One INFO finding {@code cruft-removed} listing the kinds, or nothing when nothing was dropped. */
    Optional<Finding> finding() {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((kind, n) -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(n).append(' ').append(kind);
        });
        int total = total();
        return Optional.of(Finding.info("cruft-removed", 0,
                "Removed " + total + (total == 1 ? " piece" : " pieces") + " of site clutter: " + sb + "."));
    }
}
