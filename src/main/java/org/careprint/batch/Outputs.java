package org.careprint.batch;

import java.util.ArrayList;
import java.util.List;

/** The files written for one document; a null member was not requested. */
public record Outputs(OutputFile pdf, OutputFile audio, OutputFile captions) {
    public static final Outputs NONE = new Outputs(null, null, null);

    public List<OutputFile> all() {
        List<OutputFile> files = new ArrayList<>();
        for (OutputFile f : new OutputFile[] {pdf, audio, captions}) {
            if (f != null) {
                files.add(f);
            }
        }
        return files;
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }
}
