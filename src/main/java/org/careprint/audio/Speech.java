package org.careprint.audio;

import java.util.List;

/**
 * One synthesized utterance with, when the engine gives them, its phones and where each ends: what captions are cut
 * from ({@link CueTimer}).
 *
 * @param pcm    the speech, edge silence trimmed as {@link SpeechEngine#synthesize} returns it
 * @param phones in order, pauses ("pau") included, with end positions in samples of {@code pcm}; empty if unknown
 */
record Speech(Pcm pcm, List<Phone> phones) {
    Speech {
        phones = List.copyOf(phones);
    }

    /** A phone and the sample of {@link Speech#pcm()} where it ends (its start is the previous phone's end, or 0). */
    record Phone(String name, int end) {
        boolean pause() {
            return "pau".equals(name) || "sil".equals(name) || "h#".equals(name);
        }

        boolean vowel() {
            return !pause() && "aeiou".indexOf(name.charAt(0)) >= 0;
        }
    }

    /**
     * Phones timed by an engine in seconds from the start of its untrimmed output, moved onto the trimmed PCM that
     * begins at sample {@code from} of that output; ends are clamped into the PCM.
     */
    static List<Phone> shifted(List<String> names, List<Double> endSeconds, int sampleRate, int from, int length) {
        List<Phone> out = new java.util.ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            int end = (int) Math.round(endSeconds.get(i) * sampleRate) - from;
            out.add(new Phone(names.get(i), Math.max(0, Math.min(length, end))));
        }
        return out;
    }
}
