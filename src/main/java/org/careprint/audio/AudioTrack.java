package org.careprint.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The assembled programme: mono 16-bit PCM at one sample rate (the voice's) plus the cue and chapter positions
 * measured in samples, read out as a {@link Timeline}.
 */
final class AudioTrack {
    private final int sampleRate;
    private short[] samples;
    private int length;
    private long speechSamples;
    private final List<Timeline.Cue> cues = new ArrayList<>();
    private final List<String> chapterTitles = new ArrayList<>();
    private final List<Long> chapterStarts = new ArrayList<>();
    /** Runs of inserted (digital) silence as {start, length} in samples: safe places to cut the MP3 encoding. */
    private final List<int[]> silences = new ArrayList<>();

    AudioTrack(int sampleRate) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate " + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.samples = new short[sampleRate * 60];
    }

    int sampleRate() {
        return sampleRate;
    }

    void silence(double seconds) {
        int n = (int) Math.round(seconds * sampleRate);
        ensure(n);
        int[] last = silences.isEmpty() ? null : silences.get(silences.size() - 1);
        if (last != null && last[0] + last[1] == length) {
            last[1] += n;
        } else if (n > 0) {
            silences.add(new int[] {length, n});
        }
        length += n; // the array is zero-filled already
    }

    /** One utterance shown as one cue. */
    void speech(Pcm speech, Utterance u) {
        speech(speech, u, List.of(new int[] {0, speech.length()}));
    }

    /** One utterance whose cues ({@code u.cues()}) lie at {@code spans}, {@code [start, end)} in its samples. */
    void speech(Pcm speech, Utterance u, List<int[]> spans) {
        if (speech.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("speech at " + speech.sampleRate() + " Hz in a " + sampleRate
                    + " Hz track");
        }
        long start = length;
        ensure(speech.length());
        System.arraycopy(speech.samples(), 0, samples, length, speech.length());
        length += speech.length();
        speechSamples += speech.length();
        for (int i = 0; i < spans.size(); i++) {
            String text = spans.size() == 1 ? u.written() : u.cues().get(i).written();
            cues.add(new Timeline.Cue(text, start + spans.get(i)[0], start + spans.get(i)[1]));
        }
        if (u.startsChapter()) {
            chapterTitles.add(u.chapter());
            chapterStarts.add(start);
        }
    }

    private void ensure(int more) {
        if (length + more > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(samples.length * 2, length + more));
        }
    }

    /** The backing array without copying (a programme is ~30 MB per hour); only the first {@link #length()} count. */
    short[] buffer() {
        return samples;
    }

    int length() {
        return length;
    }

    /** Inserted silences, in order, as {start, length} in samples (their samples are exactly zero). */
    List<int[]> silences() {
        List<int[]> out = new ArrayList<>(silences.size());
        for (int[] run : silences) {
            out.add(run.clone());
        }
        return out;
    }

    /** Seconds of speech: the utterances' own lengths, without the silences inserted between them. */
    double speechSeconds() {
        return speechSamples / (double) sampleRate;
    }

    double seconds() {
        return length / (double) sampleRate;
    }

    /** Cues and chapters; chapters run from their first cue to the next chapter's (the last one to the end). */
    Timeline timeline() {
        List<Timeline.Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < chapterTitles.size(); i++) {
            long end = i + 1 < chapterStarts.size() ? chapterStarts.get(i + 1) : length;
            chapters.add(new Timeline.Chapter(chapterTitles.get(i), chapterStarts.get(i), end));
        }
        return new Timeline(sampleRate, length, cues, chapters);
    }
}
