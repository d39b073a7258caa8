package org.careprint.audio;

import com.sun.speech.freetts.lexicon.Lexicon;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Our phoneme entries in front of kevin16's own dictionaries. Looked up in order: our entries, the voice's CMU
 * lexicon ({@code cmulex}, pruned of every word its letter-to-sound rules say as the full dictionary does), the full
 * CMU dictionary that ships in the same jar ({@code cmudict04}: it has the words pruned for rules that have since
 * drifted, "Parkinson", "Claritin"), then a possessive or plural of any of these ("Klinefelter's", "NSAIDs"), then
 * the letter-to-sound rules. Set on one {@code Voice} only ({@code Voice.setLexicon}), so a run's lexicon never leaks
 * into another voice: FreeTTS shares its CMU lexicon object (and any addenda on it) between every voice.
 */
final class FreeTtsLexicon implements Lexicon {
    /** Possessive and plural endings, longest first: "'s" before "s", "es" before "s". */
    private static final List<String> ENDINGS = List.of("'s", "\u2019s", "es", "s");

    private final Lexicon voice;
    private final Lexicon full;
    private final Map<String, String[]> own;

    /**
     * {@code entries}: lower-case word → phones in the voice's set ("m ax t ae1 s …", stress 1 on stressed vowels);
     * {@code full}: the full dictionary, or null.
     */
    FreeTtsLexicon(Lexicon voice, Lexicon full, Map<String, String[]> entries) {
        this.voice = voice;
        this.full = full;
        this.own = Map.copyOf(entries);
    }

    /**
     * A PLS phoneme (CMU phones, vowels with stress 0/1/2) in kevin16's notation: its lexicon marks primary and
     * secondary stress alike with 1 and leaves unstressed vowels bare, and says an unstressed "ah" as "ax".
     */
    static String[] toVoicePhones(String phoneme) {
        String[] in = phoneme.trim().toLowerCase(Locale.ROOT).split("\\s+");
        String[] out = new String[in.length];
        for (int i = 0; i < in.length; i++) {
            String p = in[i];
            char stress = Character.isDigit(p.charAt(p.length() - 1)) ? p.charAt(p.length() - 1) : '0';
            String base = p.replaceAll("\\d$", "");
            boolean vowel = "aeiou".indexOf(base.charAt(0)) >= 0;
            if (!vowel) {
                out[i] = base;
            } else if (stress == '0') {
                out[i] = base.equals("ah") ? "ax" : base;
            } else {
                out[i] = (base.equals("ax") ? "ah" : base) + "1";
            }
        }
        return out;
    }

    @Override
    public String[] getPhones(String word, String partOfSpeech) {
        return getPhones(word, partOfSpeech, true);
    }

    @Override
    public String[] getPhones(String word, String partOfSpeech, boolean useLts) {
        String key = word.toLowerCase(Locale.ROOT);
        String[] known = known(key, partOfSpeech);
        for (int i = 0; known == null && i < ENDINGS.size(); i++) {
            String ending = ENDINGS.get(i);
            String[] stem = key.endsWith(ending) && key.length() > ending.length() + 1
                    ? known(key.substring(0, key.length() - ending.length()), null) : null;
            known = stem == null ? null : plural(stem);
        }
        return known != null || !useLts ? known : voice.getPhones(word, partOfSpeech, true);
    }

    private String[] known(String word, String partOfSpeech) {
        String[] mine = own.get(word);
        if (mine != null) {
            return mine.clone();
        }
        String[] listed = voice.getPhones(word, partOfSpeech, false);
        return listed != null || full == null ? listed : full.getPhones(word, partOfSpeech, false);
    }

    /** The entry with the "s" ending English gives it: "ih z" after a hissing sound, "s" after a voiceless one. */
    private static String[] plural(String[] stem) {
        String last = stem[stem.length - 1];
        String ending = switch (last) {
            case "s", "z", "sh", "zh", "ch", "jh" -> "ih z";
            case "p", "t", "k", "f", "th" -> "s";
            default -> "z";
        };
        String[] extra = ending.split(" ");
        String[] out = java.util.Arrays.copyOf(stem, stem.length + extra.length);
        System.arraycopy(extra, 0, out, stem.length, extra.length);
        return out;
    }

    @Override
    public void addAddendum(String word, String partOfSpeech, String[] phones) {
        throw new UnsupportedOperationException("CarePrint's entries come from its PLS lexicons");
    }

    @Override
    public void removeAddendum(String word, String partOfSpeech) {
        throw new UnsupportedOperationException("CarePrint's entries come from its PLS lexicons");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean isSyllableBoundary(List syllable, String[] phones, int index) {
        return voice.isSyllableBoundary(syllable, phones, index);
    }

    @Override
    public void load() throws IOException {
        voice.load();
    }

    @Override
    public boolean isLoaded() {
        return voice.isLoaded();
    }
}
