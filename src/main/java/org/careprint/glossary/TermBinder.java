package org.careprint.glossary;

import org.careprint.model.Blocks;
import org.careprint.model.Handout;
import org.careprint.model.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds every Term of a handout to a definition (page definition &gt; glossary), extending scraped
 * info-icon markers backwards to the longest known term that ends at the marker.
 */
public final class TermBinder {
    /** Characters that may open a phrase but belong to the text around it ("(stage IV"). */
    private static final String OPENERS = "([{\"'\u201c\u2018\u00ab";

    private TermBinder() {
    }

    public static Handout bind(Handout handout, Glossary glossary) {
        RunRewriter rewriter = new RunRewriter(run -> bindRun(run, glossary), true);
        return handout.withBlocks(rewriter.rewrite(handout.blocks()));
    }

    /** --auto-terms: in a handout with no markers at all, mark the first use of each known term. */
    public static Handout markFirstUses(Handout handout, Glossary glossary) {
        boolean[] hasTerm = {false};
        Blocks.forEachInline(handout.blocks(), inline -> hasTerm[0] |= inline instanceof Inline.Term);
        if (hasTerm[0]) {
            return handout;
        }
        FirstUseMarker marker = new FirstUseMarker(glossary);
        RunRewriter rewriter = new RunRewriter(marker::markRun, false);
        return handout.withBlocks(rewriter.rewrite(handout.blocks()));
    }

    static List<Inline> bindRun(List<Inline> run, Glossary glossary) {
        List<Inline> out = new ArrayList<>(run.size());
        for (Inline inline : run) {
            if (inline instanceof Inline.Term term) {
                if (!term.exact() && !term.pageDefined() && !out.isEmpty()
                        && out.get(out.size() - 1) instanceof Inline.Text before) {
                    Extension ext = extend(before.text(), term.text(), glossary);
                    if (ext != null) {
                        out.remove(out.size() - 1);
                        if (!ext.remainingText().isEmpty()) {
                            out.add(new Inline.Text(ext.remainingText()));
                        }
                        out.add(term.bound(ext.phrase(), ext.entry().term(), definitionFor(term, ext.entry())));
                        continue;
                    }
                }
                out.add(bindAsIs(term, glossary));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private static Inline.Term bindAsIs(Inline.Term term, Glossary glossary) {
        Optional<GlossaryEntry> entry = glossary.lookup(term.text());
        if (entry.isEmpty() && !term.key().equals(term.text())) {
            entry = glossary.lookup(term.key());
        }
        if (entry.isPresent()) {
            return term.bound(term.text(), entry.get().term(), definitionFor(term, entry.get()));
        }
        String key = term.key() == null || term.key().isBlank() ? term.text().strip() : term.key();
        return term.bound(term.text(), key, term.pageDefined() && term.defined() ? term.definition() : null);
    }

    private static String definitionFor(Inline.Term term, GlossaryEntry entry) {
        return term.pageDefined() && term.defined() ? term.definition() : entry.definition();
    }

    /** How a scraped marker grew: the text left before it, the phrase now marked, and its entry. */
    record Extension(String remainingText, String phrase, GlossaryEntry entry) {
    }

    /**
     * The longest known phrase made of the last words of {@code before} plus the marked word(s), or null
     * when no phrase of two or more pieces is known (the caller then binds the marked word alone).
     */
    static Extension extend(String before, String marked, Glossary glossary) {
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return null; // the marker is glued to something ("non-"): not a separate word
        }
        List<int[]> words = trailingWords(before, glossary.maxTermWords());
        Extension best = null;
        for (int k = 1; k <= words.size(); k++) {
            int start = words.get(words.size() - k)[0];
            int startAfterOpeners = start;
            while (startAfterOpeners < before.length() && OPENERS.indexOf(before.charAt(startAfterOpeners)) >= 0) {
                startAfterOpeners++;
            }
            String phrase = before.substring(startAfterOpeners) + marked;
            Optional<GlossaryEntry> entry = glossary.lookup(phrase);
            if (entry.isPresent()) {
                best = new Extension(before.substring(0, startAfterOpeners), phrase.replaceAll("\\s+", " "), entry.get());
            }
            if (startAfterOpeners != start) {
                break; // an opening bracket or quote starts the phrase; never reach past it
            }
        }
        return best;
    }

    /**
     * Start/end offsets of up to {@code max} whitespace-separated words at the end of {@code text},
     * nearest last; stops at a word that ends a clause (comma, period, closing bracket...).
     */
    private static List<int[]> trailingWords(String text, int max) {
        List<int[]> words = new ArrayList<>();
        int i = text.length();
        while (words.size() < max) {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i == 0) {
                break;
            }
            int end = i;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            char last = text.charAt(end - 1);
            if (".,;:!?)]}\"\u201d\u2019".indexOf(last) >= 0) {
                break;
            }
            words.add(0, new int[] {i, end});
            if (OPENERS.indexOf(text.charAt(i)) >= 0) {
                break;
            }
        }
        return words;
    }
}
