package org.careprint.output;

import org.careprint.model.Handout;
import org.careprint.model.ReviewInfo;

/**
 * One document to render: the bound handout, its review status and what the batch decided for it.
 *
 * @param name           output base name ("her2-metastatic" → her2-metastatic.pdf)
 * @param organization   the organization for this document (a manifest override, else the run's), or null
 * @param style          a manifest style override for outputs with a visual style, or null for the run's
 * @param creationEpoch  the timestamp files may carry (from SOURCE_DATE_EPOCH or the page's dates, never the
 *                       clock), in seconds
 */
public record Job(Handout handout, ReviewInfo review, String name, String organization, String style,
                  long creationEpoch) {
}
