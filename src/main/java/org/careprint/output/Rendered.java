package org.careprint.output;

import java.util.List;
import org.careprint.model.Finding;

/** What one output rendered for one document: its files (in role order) and findings for staff. */
public record Rendered(List<WrittenFile> files, List<Finding> findings) {
    public Rendered {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }
}
