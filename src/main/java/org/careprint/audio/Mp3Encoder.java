package org.careprint.audio;

import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.GetAudio;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.Parse;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mp3.VbrMode;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * MP3 (MPEG-2 Layer III, 16 kHz mono, constant bitrate) through jump3r, the pure-Java port of LAME.
 *
 * <p>We wire jump3r's LAME modules ourselves instead of using its {@code lowlevel.LameEncoder}, because that
 * class always turns on ReplayGain analysis (about a fifth of the encoding time, and its result is only written
 * into the info frame that the low-level API cannot fill anyway), always writes that empty info frame, and takes
 * bytes it converts sample by sample through floats. Profiling showed MP3 encoding is ~85 % of an audio build.
 */
final class Mp3Encoder {
    /** MPEG-2 Layer III bitrates valid at 16 kHz. */
    static final int[] BITRATES = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    /**
     * LAME -q 7: psychoacoustic model for block switching, no noise shaping or best-Huffman search. About twice as
     * fast as -q 5; at 40 kbps mono speech the difference is not audible (see docs/audio.md for measurements).
     */
    static final int QUALITY = 7;
    /** Samples handed to LAME per call: bounds LAME's internal buffers (it allocates per call size). */
    private static final int CHUNK = 16 * 1152;

    private Mp3Encoder() {
    }

    /**
     * Encodes the first {@code length} samples in the pieces {@link Mp3Segments} cuts at inserted pauses, on the
     * common fork-join pool and the calling thread. Same bytes whatever the number of threads.
     */
    static byte[] encode(short[] samples, int length, List<int[]> silences, int sampleRate, int bitrateKbps,
                         int quality) {
        List<Mp3Segments.Piece> pieces = Mp3Segments.plan(length, silences, sampleRate);
        List<byte[]> parts = pieces.parallelStream()
                .map(p -> encodePiece(samples, p, sampleRate, bitrateKbps, quality))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(parts.stream().mapToInt(b -> b.length).sum());
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] encodePiece(short[] samples, Mp3Segments.Piece piece, int sampleRate, int bitrateKbps,
                                      int quality) {
        byte[] mp3 = encode(samples, piece.from(), piece.to() - piece.from(), sampleRate, bitrateKbps, quality);
        long frameBytes = 72L * bitrateKbps * 1000 / sampleRate; // MPEG-2 Layer III CBR: no padding slots at 16 kHz
        long expected = Mp3Segments.frameSamples(piece.to() - piece.from()) / Mp3Segments.FRAME * frameBytes;
        if (mp3.length != expected) {
            throw new IllegalStateException("MP3 piece of " + (piece.to() - piece.from()) + " samples gave "
                    + mp3.length + " bytes, not " + expected + ": cue times would drift");
        }
        return mp3;
    }

    /** Encodes {@code length} samples from {@code offset} as one stream. */
    static byte[] encode(short[] samples, int offset, int length, int sampleRate, int bitrateKbps, int quality) {
        Session session = Session.open();
        Lame lame = session.lame();
        LameGlobalFlags gfp = session.flags();
        gfp.num_channels = 1;
        gfp.in_samplerate = sampleRate;
        gfp.out_samplerate = sampleRate;
        gfp.mode = MPEGMode.MONO;
        gfp.VBR = VbrMode.vbr_off;
        gfp.brate = bitrateKbps;
        gfp.quality = quality;
        gfp.write_id3tag_automatic = false; // we write our own ID3v2.4 tag
        gfp.findReplayGain = false;
        gfp.bWriteVbrTag = false; // nowhere to put it: the stream is never rewritten
        if (lame.lame_init_params(gfp) < 0) {
            throw new IllegalStateException("LAME rejected " + sampleRate + " Hz at " + bitrateKbps + " kbps");
        }
        try {
            int[] pcm = new int[CHUNK];
            int[] unused = new int[CHUNK]; // right channel: LAME reads it only for stereo input
            byte[] buffer = new byte[CHUNK * 5 / 4 + 7200]; // LAME's documented worst case
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.min(Integer.MAX_VALUE - 8, (long) length * bitrateKbps / (8L * sampleRate / 1000) + 4096));
            for (int off = 0; off < length; off += CHUNK) {
                int n = Math.min(CHUNK, length - off);
                for (int i = 0; i < n; i++) {
                    pcm[i] = samples[offset + off + i] << 16; // LAME's int API takes full-scale 32-bit samples
                }
                int bytes = lame.lame_encode_buffer_int(gfp, pcm, unused, n, buffer, 0, buffer.length);
                if (bytes < 0) {
                    throw new IllegalStateException("LAME encoding failed with code " + bytes);
                }
                out.write(buffer, 0, bytes);
            }
            out.write(buffer, 0, lame.lame_encode_flush(gfp, buffer, 0, buffer.length));
            return out.toByteArray();
        } finally {
            lame.lame_close(gfp);
        }
    }

    /**
     * Decodes a bare MP3 stream (no ID3 tag) to samples of full scale ±1, with jump3r's port of LAME's decoder (as
     * a player would hear it, before clipping). Used to measure loudness and true peak after encoding.
     */
    static float[] decode(byte[] mp3) {
        MPGLib mpg = Session.open().mpg();
        MPGLib.mpstr_tag hip = mpg.hip_decode_init();
        float[] left = new float[1152];
        float[] right = new float[1152];
        float[] out = new float[Math.max(1152, mp3.length * 8)];
        int length = 0;
        int chunk = 4096;
        try {
            for (int off = 0; off <= mp3.length; off += chunk) {
                int len = Math.min(chunk, mp3.length - off);
                for (int n = mpg.hip_decode1_unclipped(hip, mp3, off, Math.max(0, len), left, right); n > 0;
                     n = mpg.hip_decode1_unclipped(hip, mp3, 0, 0, left, right)) {
                    if (length + n > out.length) {
                        out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + n));
                    }
                    for (int i = 0; i < n; i++) {
                        out[length + i] = left[i] / 32768f;
                    }
                    length += n;
                }
                if (len <= 0) {
                    break;
                }
            }
        } finally {
            mpg.hip_decode_exit(hip);
        }
        return java.util.Arrays.copyOf(out, length);
    }

    /** LAME with the module graph jump3r expects (as {@code lowlevel.LameEncoder} wires it) and fresh flags. */
    private record Session(Lame lame, LameGlobalFlags flags, MPGLib mpg) {
        static Session open() {
            Lame lame = new Lame();
            GetAudio audio = new GetAudio();
            GainAnalysis gain = new GainAnalysis();
            BitStream bits = new BitStream();
            Presets presets = new Presets();
            QuantizePVT quantizePvt = new QuantizePVT();
            Quantize quantize = new Quantize();
            VBRTag vbrTag = new VBRTag();
            Version version = new Version();
            ID3Tag id3 = new ID3Tag();
            Reservoir reservoir = new Reservoir();
            Takehiro takehiro = new Takehiro();
            Parse parse = new Parse();
            MPGLib mpg = new MPGLib();
            Interface intf = new Interface();
            Common common = new Common();
            lame.setModules(gain, bits, presets, quantizePvt, quantize, vbrTag, version, id3, mpg);
            bits.setModules(gain, mpg, version, vbrTag);
            id3.setModules(bits, version);
            presets.setModules(lame);
            quantize.setModules(bits, reservoir, quantizePvt, takehiro);
            quantizePvt.setModules(takehiro, reservoir, lame.enc.psy);
            reservoir.setModules(bits);
            takehiro.setModules(quantizePvt);
            vbrTag.setModules(lame, bits, version);
            audio.setModules(parse, mpg);
            parse.setModules(version, id3, presets);
            mpg.setModules(intf, common);
            intf.setModules(vbrTag, common);
            LameGlobalFlags flags = lame.lame_init();
            id3.id3tag_init(flags);
            return new Session(lame, flags, mpg);
        }
    }
}
