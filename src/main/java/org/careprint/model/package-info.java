/**
 * The document model every stage shares: a {@link org.careprint.model.Handout} (metadata and blocks of
 * inlines), findings, review information and term bindings. Immutable records with no library imports;
 * it depends on nothing, and everything depends on it.
 */
package org.careprint.model;
