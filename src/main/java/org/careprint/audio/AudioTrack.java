package org.careprint.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The assembled programme: mono 16-bit PCM plus the cue and chapter positions measured in samples. */
final class AudioTrack {
    private short[] samples = new short[VoiceSynthesizer.SAMPLE_RATE * 60];
    private int length;
    private final List<TimedCue> cues = new ArrayList<>();
    private final List<String> chapterTitles = new ArrayList<>();
    private final List<Long> chapterStarts = new ArrayList<>();
    /** Runs of inserted (digital) silence as {start, length} in samples: safe places to cut the MP3 encoding. */
    private final List<int[]> silences = new ArrayList<>();

    void silence(double seconds) {
        int n = (int) Math.round(seconds * VoiceSynthesizer.SAMPLE_RATE);
        ensure(n);
        int[] last = silences.isEmpty() ? null : silences.get(silences.size() - 1);
        if (last != null && last[0] + last[1] == length) {
            last[1] += n;
        } else if (n > 0) {
            silences.add(new int[] {length, n});
        }
        length += n; // the array is zero-filled already
    }

    void speech(short[] speech, Utterance u) {
        long start = length;
        ensure(speech.length);
        System.arraycopy(speech, 0, samples, length, speech.length);
        length += speech.length;
        cues.add(new TimedCue(start, length, u.written()));
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

    /** Seconds of speech: the cues' own lengths, without the silences inserted between them. */
    double speechSeconds() {
        long n = 0;
        for (TimedCue c : cues) {
            n += c.end() - c.start();
        }
        return n / (double) VoiceSynthesizer.SAMPLE_RATE;
    }

    double seconds() {
        return length / (double) VoiceSynthesizer.SAMPLE_RATE;
    }

    List<TimedCue> cues() {
        return List.copyOf(cues);
    }

    /** Chapters run from their first cue to the next chapter's first cue (the last one to the end of the file). */
    List<Chapter> chapters() {
        List<Chapter> out = new ArrayList<>();
        for (int i = 0; i < chapterTitles.size(); i++) {
            long end = i + 1 < chapterStarts.size() ? chapterStarts.get(i + 1) : length;
            out.add(new Chapter(chapterTitles.get(i), chapterStarts.get(i), end));
        }
        return out;
    }
}
