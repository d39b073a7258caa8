package org.careprint.audio;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;

/**
 * Collects what FreeTTS "plays" as 16-bit samples in memory. FreeTTS's own file players print to stdout and
 * write files; this one does neither.
 */
final class CapturingAudioPlayer implements AudioPlayer {
    private static final VarHandle BIG_ENDIAN = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LITTLE_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
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
        // Every sample the voice makes passes here: locals, and constant VarHandles the JIT turns into plain loads.
        short[] out = samples;
        int at = length;
        if (format.isBigEndian()) {
            for (int i = 0; i < n; i++) {
                out[at + i] = (short) BIG_ENDIAN.get(bytes, offset + 2 * i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[at + i] = (short) LITTLE_ENDIAN.get(bytes, offset + 2 * i);
            }
        }
        length = at + n;
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
