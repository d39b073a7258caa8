package org.careprint.audio;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;

/**
 * Collects what FreeTTS "plays" as 16-bit samples in memory. FreeTTS's own file players print to stdout and
 * write files; this one does neither.
 */
final class CapturingAudioPlayer implements AudioPlayer {
    private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);
    private short[] samples = new short[16000 * 8];
    private int length;

    /** The samples written since the last call, then forgets them. */
    short[] take() {
        short[] out = Arrays.copyOf(samples, length);
        length = 0;
        return out;
    }

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] bytes, int offset, int size) {
        int n = size / 2;
        if (length + n > samples.length) {
            samples = Arrays.copyOf(samples, Math.max(samples.length * 2, length + n));
        }
        boolean bigEndian = format.isBigEndian();
        for (int i = 0; i < n; i++) {
            int a = bytes[offset + 2 * i];
            int b = bytes[offset + 2 * i + 1];
            samples[length++] = bigEndian ? (short) ((a << 8) | (b & 0xff)) : (short) ((b << 8) | (a & 0xff));
        }
        return true;
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
            throw new IllegalStateException("unexpected voice format " + format);
        }
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    @Override
    public float getVolume() {
        return 1f;
    }

    @Override
    public void setVolume(float volume) {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
