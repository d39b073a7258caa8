package org.careprint.audio;

/**
 * Mono 16-bit PCM and the rate it was made at: the sample rate travels with the audio, never as a constant read
 * across classes. The array is not copied (speech is large); callers must not change it after handing it over.
 *
 * @param samples    signed 16-bit samples
 * @param sampleRate samples per second
 */
public record Pcm(short[] samples, int sampleRate) {
    public Pcm {
        if (samples == null || sampleRate <= 0) {
            throw new IllegalArgumentException("PCM needs samples and a positive sample rate");
        }
    }

    public int length() {
        return samples.length;
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
