/**
 * Glossaries and term binding: the built-in plain-language glossary (one YAML file per category, compiled at
 * build time), user glossary files, declared compositions, where a scraped term starts, binding each marked
 * term to its own entry only, and the opt-in NCI dictionary client. See docs/glossary.md.
 */
package org.careprint.glossary;
