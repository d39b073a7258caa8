package org.careprint.output;

import java.io.IOException;
import java.util.List;
import org.careprint.model.Finding;

/**
 * One output format for one worker thread (implementations need not be thread-safe; the batch makes one per
 * worker through its {@link OutputKind}).
 */
public interface Output {
    /**
     * Everything besides the handout that changes this output's bytes for {@code job} (options, style, fonts,
     * voice, lexicon): part of the incremental-build hash, so a change rebuilds.
     */
    String fingerprint(Job job);

    /**
     * Problems worth telling staff that this output can see without rendering (a character no font can
     * draw); asked for every document, rendered or up to date, so reports stay the same between runs.
     */
    default List<Finding> inspect(Job job) {
        return List.of();
    }

    /**
     * Writes this output's files for {@code job} through {@code sink} (which makes each appear atomically,
     * and only when every file of the document is complete) and says what it wrote.
     */
    Rendered render(Job job, Sink sink) throws IOException;

    /**
     * As {@link #render(Job, Sink)}, with what the outputs rendered before this one for the same document handed on;
     * an output that can reuse earlier work overrides this one.
     */
    default Rendered render(Job job, Sink sink, Handoff earlier) throws IOException {
        return render(job, sink);
    }
}
