package org.careprint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One patient-education page, whatever format it came from: metadata plus an ordered list of blocks.
 * The title lives in {@link Metadata}, not in the blocks; renderers show it as the single level-1 heading.
 */
public record Handout(Metadata metadata, List<Block> blocks) {
    public Handout {
        blocks = List.copyOf(blocks);
    }

    public Handout withBlocks(List<Block> newBlocks) {
        return new Handout(metadata, newBlocks);
    }

    public Handout withMetadata(Metadata newMetadata) {
        return new Handout(newMetadata, blocks);
    }

    /** Every glossary term in reading order, first use of each key only (case-insensitive key). */
    public List<Inline.Term> distinctTerms() {
        Map<String, Inline.Term> seen = new LinkedHashMap<>();
        Blocks.forEachInline(blocks, inline -> {
            if (inline instanceof Inline.Term t) {
                seen.putIfAbsent(t.key().toLowerCase(java.util.Locale.ROOT), t);
            }
        });
        return new ArrayList<>(seen.values());
    }
}
