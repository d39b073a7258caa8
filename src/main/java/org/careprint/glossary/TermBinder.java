package org.careprint.glossary;

import org.careprint.model.Blocks;
import org.careprint.model.Finding;
import org.careprint.model.Handout;
import org.careprint.model.Inline;
import org.careprint.model.TermBinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Binds every Term of a handout to a definition: the page's own &gt; glossary files &gt; built-in &gt;
 * declared compositions &gt; the outside dictionary (opt-in). A term binds only to an entry whose headword
 * or alias is the term itself (after case and regular plural folding), or through a declared broader link
 * or composition; never to the entry of its last word. Scraped {@code info-icon} markers only show where a
 * term ends: it starts where the longest known term ending there starts, or else where the noun phrase
 * ending there starts.
 */
public final class TermBinder {
    private static final String OPENERS = "([{\"'\u201c\u2018\u00ab";

    private TermBinder() {
    }

    /** What binding produced: the handout and notices for staff (an unreachable dictionary, say). */
    public record Result(Handout handout, List<Finding> findings) {
    }

    public static Handout bind(Handout handout, Glossary glossary) {
        return bind(handout, glossary, Dictionary.NONE).handout();
    }

    public static Result bind(Handout handout, Glossary glossary, Dictionary dictionary) {
        Resolver resolver = new Resolver(glossary, dictionary);
        RunRewriter rewriter = new RunRewriter(run -> bindRun(run, resolver), true);
        Handout bound = handout.withBlocks(rewriter.rewrite(handout.blocks()));
        List<Finding> findings = new ArrayList<>();
        String reason = dictionary.unavailableReason();
        if (reason != null && resolver.askedOutside > 0) {
            findings.add(Finding.info("dictionary-offline", 0, "The outside dictionary could not be asked (" + reason
                    + "); " + resolver.askedOutside + " term(s) it might define use the other sources or stay undefined."));
        }
        return new Result(bound, findings);
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

    static List<Inline> bindRun(List<Inline> run, Resolver resolver) {
        List<Inline> out = new ArrayList<>(run.size());
        for (Inline inline : run) {
            if (!(inline instanceof Inline.Term term)) {
                out.add(inline);
                continue;
            }
            String before = !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t ? t.text() : null;
            boolean runStart = out.isEmpty();
            if (!term.exact() && !term.pageDefined() && before != null) {
                Span span = span(before, term.text(), resolver);
                if (span.start() < before.length()) {
                    out.remove(out.size() - 1);
                    String remaining = before.substring(0, span.start());
                    if (!remaining.isEmpty()) {
                        out.add(new Inline.Text(remaining));
                    }
                }
                String phrase = (before.substring(span.start()) + term.text()).replaceAll("\\s+", " ");
                boolean start = span.start() == 0 ? runStart : sentenceEnds(before.substring(0, span.start()));
                out.add(resolver.bind(term, phrase, start || (runStart && span.start() == 0)));
                continue;
            }
            boolean start = before == null ? runStart : sentenceEnds(before);
            out.add(resolver.bind(term, term.text(), start));
        }
        return out;
    }

    /** Where a marked term starts in the text before its marker. */
    record Span(int start) {
    }

    /**
     * The longest phrase of two or more words ending at the marker that the glossary knows (entry, broader
     * link or composition); otherwise the noun phrase ending at the marker.
     */
    static Span span(String before, String marked, Resolver resolver) {
        if (before.isEmpty() || !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return new Span(before.length()); // glued to something ("non-"): not a separate word
        }
        List<int[]> words = trailingWords(before, resolver.glossary().maxTermWords());
        int best = -1;
        for (int k = 1; k <= words.size(); k++) {
            int start = words.get(words.size() - k)[0];
            int afterOpeners = start;
            while (afterOpeners < before.length() && OPENERS.indexOf(before.charAt(afterOpeners)) >= 0) {
                afterOpeners++;
            }
            if (resolver.knows(before.substring(afterOpeners) + marked)) {
                best = afterOpeners;
            }
            if (afterOpeners != start) {
                break; // an opening bracket or quote starts the phrase; never reach past it
            }
        }
        if (best >= 0) {
            return new Span(best);
        }
        return new Span(NounPhrase.start(before, marked));
    }

    /**
     * Start/end offsets of up to {@code max} whitespace-separated words at the end of {@code text}, nearest
     * last; stops at a word that ends a clause (comma, period, closing bracket...).
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

    /** True when the text before a term ends a sentence (or is empty), so the term's capital is the sentence's. */
    static boolean sentenceEnds(String textBefore) {
        String t = textBefore.strip();
        while (!t.isEmpty() && OPENERS.indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return true;
        }
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2022';
    }

    /** Looks phrases up in the glossary, then the outside dictionary, and builds the term's binding. */
    static final class Resolver {
        private final Glossary glossary;
        private final Dictionary dictionary;
        private int askedOutside;

        Resolver(Glossary glossary, Dictionary dictionary) {
            this.glossary = glossary;
            this.dictionary = dictionary;
        }

        Glossary glossary() {
            return glossary;
        }

        boolean knows(String phrase) {
            return glossary.resolve(phrase).isPresent();
        }

        Inline.Term bind(Inline.Term term, String phrase, boolean sentenceStart) {
            if (term.pageDefined() && term.defined()) {
                Optional<Glossary.Resolution> same = glossary.resolve(phrase);
                String entry = same.map(Glossary.Resolution::entry).orElse(null);
                String key = entry != null ? entry : keyOf(phrase);
                String label = TermLabel.of(phrase, sentenceStart, entry);
                return term.bound(phrase, key, term.definition(), new TermBinding(label, phrase.strip(),
                        TermBinding.PAGE, null));
            }
            Optional<Glossary.Resolution> hit = glossary.resolve(phrase);
            if (hit.isEmpty() && term.exact() && term.key() != null && !term.key().equals(term.text())) {
                hit = glossary.resolve(term.key()); // [shown words](glossary:headword)
            }
            if (hit.isPresent()) {
                Glossary.Resolution r = hit.get();
                boolean composed = TermBinding.COMPOSED.equals(r.source());
                String headword = composed ? null : r.entry();
                String label = TermLabel.of(phrase, sentenceStart, headword);
                String relation = r.relation();
                if (relation == null && headword != null && !sameTerm(label, headword)) {
                    relation = "also called " + headword;
                }
                String key = composed ? keyOf(phrase) : r.entry();
                return term.bound(phrase, key, r.definition(), new TermBinding(label, r.entry(), r.source(), relation));
            }
            Optional<Dictionary.Definition> outside = Optional.empty();
            if (dictionary != Dictionary.NONE) {
                askedOutside++;
                outside = dictionary.define(phrase, term.ref());
            }
            String label = TermLabel.of(phrase, sentenceStart, outside.map(Dictionary.Definition::headword).orElse(null));
            if (outside.isPresent()) {
                Dictionary.Definition d = outside.get();
                String relation = sameTerm(label, d.headword()) ? null : "also called " + d.headword();
                return term.bound(phrase, keyOf(d.headword()), d.text(), new TermBinding(label, d.headword(),
                        d.source(), relation));
            }
            return term.bound(phrase, keyOf(label), null, new TermBinding(label, null, null, null));
        }

        private static String keyOf(String phrase) {
            return PhraseNormalizer.normalize(phrase).isEmpty() ? phrase.strip() : phrase.strip().toLowerCase(Locale.ROOT);
        }

        /** Same words after case, punctuation and regular plural folding ("Lymph nodes" = "lymph node"). */
        private static boolean sameTerm(String a, String b) {
            String na = PhraseNormalizer.normalize(a);
            String nb = PhraseNormalizer.normalize(b);
            return PhraseNormalizer.variants(na).contains(nb) || PhraseNormalizer.variants(nb).contains(na);
        }
    }
}
