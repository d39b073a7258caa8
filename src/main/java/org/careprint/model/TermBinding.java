package org.careprint.model;

/**
 * How the glossary stage bound a marked term, kept on the term so print, audio and the report tell the
 * same story.
 *
 * @param label    the headword "Words to know" prints: the term as the reader saw it, with sentence-start
 *                 capitals folded (acronyms and proper names kept)
 * @param entry    the glossary headword whose definition is used, or null when the term has no definition
 * @param source   where the definition came from: {@code page}, {@code glossary-file}, {@code built-in},
 *                 {@code nci-dictionary} or {@code composed}; null when undefined
 * @param relation how the label relates to the entry when they differ ("also called metastatic breast
 *                 cancer", "a kind of edema"), or null
 */
public record TermBinding(String label, String entry, String source, String relation) {
    public static final String PAGE = "page";
    public static final String GLOSSARY_FILE = "glossary-file";
    public static final String BUILT_IN = "built-in";
    public static final String NCI_DICTIONARY = "nci-dictionary";
    public static final String COMPOSED = "composed";
}
