package org.careprint.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careprint.model.CarePrintException;

/** Combines command-line inputs and --manifest entries into planner inputs. */
public final class Inputs {
    private Inputs() {
    }

    public static List<InputPlanner.Input> resolve(List<Path> paths, Path manifest) {
        List<InputPlanner.Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            inputs.add(new InputPlanner.Input(p, DocumentOverrides.NONE));
        }
        if (manifest != null) {
            for (Manifest.Entry e : Manifest.load(manifest)) {
                inputs.add(new InputPlanner.Input(e.path(), e.overrides()));
            }
        }
        if (inputs.isEmpty()) {
            throw new CarePrintException("No inputs given; name files or folders (or --manifest FILE.yaml). "
                    + "Try 'careprint --help'.");
        }
        return inputs;
    }
}
