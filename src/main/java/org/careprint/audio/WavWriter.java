package org.careprint.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Canonical 44-byte-header RIFF/WAVE, PCM 16-bit mono, little-endian. */
final class WavWriter {
    private static final int CHUNK = 32 * 1024;

    private WavWriter() {
    }

    /** Writes the first {@code length} samples, through a small buffer rather than a copy of the whole file. */
    static void write(short[] samples, int length, int sampleRate, OutputStream out) throws IOException {
        int dataBytes = length * 2;
        ByteBuffer b = ByteBuffer.allocate(2 * CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + dataBytes).put(new byte[] {'W', 'A', 'V', 'E'});
        b.put(new byte[] {'f', 'm', 't', ' '}).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put(new byte[] {'d', 'a', 't', 'a'}).putInt(dataBytes);
        for (int i = 0; i < length; i++) {
            if (!b.hasRemaining()) {
                out.write(b.array(), 0, b.position());
                b.clear();
            }
            b.putShort(samples[i]);
        }
        out.write(b.array(), 0, b.position());
        out.flush();
    }
}
