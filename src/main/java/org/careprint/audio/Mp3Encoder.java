package org.careprint.audio;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/** MP3 (MPEG-2 Layer III, 16 kHz mono, constant bitrate) through jump3r, the pure-Java port of LAME. */
final class Mp3Encoder {
    /** MPEG-2 Layer III bitrates valid at 16 kHz. */
    static final int[] BITRATES = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};

    private Mp3Encoder() {
    }

    static byte[] encode(short[] samples, int sampleRate, int bitrateKbps) {
        AudioFormat pcm = new AudioFormat(sampleRate, 16, 1, true, false);
        LameEncoder encoder = new LameEncoder(pcm, bitrateKbps, LameEncoder.CHANNEL_MODE_MONO,
                LameEncoder.QUALITY_MIDDLE, false);
        try {
            byte[] input = new byte[samples.length * 2];
            for (int i = 0; i < samples.length; i++) {
                input[2 * i] = (byte) samples[i];
                input[2 * i + 1] = (byte) (samples[i] >> 8);
            }
            byte[] buffer = new byte[encoder.getMP3BufferSize()];
            ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length / 4 + 1024);
            int chunk = encoder.getPCMBufferSize();
            for (int off = 0; off < input.length; off += chunk) {
                int n = encoder.encodeBuffer(input, off, Math.min(chunk, input.length - off), buffer);
                out.write(buffer, 0, n);
            }
            out.write(buffer, 0, encoder.encodeFinish(buffer));
            return out.toByteArray();
        } finally {
            encoder.close();
        }
    }
}
