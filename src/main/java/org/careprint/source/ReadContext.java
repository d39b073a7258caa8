package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careprint.model.Block;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;

/** Per-document state a reader threads through its helpers: findings, cruft log, duplicate detector. */
final class ReadContext {
    final String source;
    final LoadOptions options;
    final List<Finding> findings = new ArrayList<>();
    final CruftLog cruft = new CruftLog();
    final DuplicateParagraphs duplicates = new DuplicateParagraphs(findings, cruft);
    final DateParser dates;

    ReadContext(String source, LoadOptions options) {
        this.source = source;
        this.options = options;
        this.dates = new DateParser(options.dayFirst());
    }

    /**
     * Whether a paragraph belongs in the handout: site cruft is dropped and counted, a verbatim repeat is
     * dropped and reported (see {@link DuplicateParagraphs}).
     */
    boolean keepParagraph(String plain, int line) {
        Optional<String> kind = CruftRules.classify(plain);
        if (kind.isPresent()) {
            cruft.add(kind.get());
            return false;
        }
        return !duplicates.isDuplicate(plain, line);
    }

    ReadResult result(Metadata metadata, List<Block> blocks) {
        HandoutCleanup.Outcome clean = HandoutCleanup.apply(this, metadata, blocks);
        metadata = clean.metadata();
        blocks = clean.blocks();
        List<Finding> all = new ArrayList<>(findings);
        cruft.finding().ifPresent(all::add);
        all.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ReadResult(new Handout(metadata, blocks), all, cruft.total());
    }
}
