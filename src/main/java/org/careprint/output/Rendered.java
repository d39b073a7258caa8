package org.careprint.output;

import java.util.List;
import org.careprint.model.Finding;

/**
 * What one output rendered for one document: its files (in role order), findings for staff, and products it hands on
 * to the outputs rendered after it for the same document (see {@link Handoff}).
 */
public record Rendered(List<WrittenFile> files, List<Finding> findings, List<Object> products) {
    public Rendered {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        products = List.copyOf(products);
    }

    public Rendered(List<WrittenFile> files, List<Finding> findings) {
        this(files, findings, List.of());
    }
}
