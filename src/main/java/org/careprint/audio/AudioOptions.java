package org.careprint.audio;

import java.nio.file.Path;
import java.util.List;

/**
 * @param format         "mp3" or "wav"
 * @param wordsPerMinute measured speaking rate (default 150)
 * @param bitrateKbps    MP3 bitrate (default 40)
 * @param organization   ID3 artist, or null
 * @param lexicons       extra PLS lexicon files (--lexicon)
 * @param loudnessLufs   integrated loudness target (--loudness, default −19 LUFS)
 * @param showOverdue    say "Review overdue since …" instead of "Next review due …" when overdue (--show-overdue)
 * @param glossary       where "Words to know" definitions go: inline, end or none (--audio-glossary)
 */
public record AudioOptions(String format, int wordsPerMinute, int bitrateKbps, String organization,
                           List<Path> lexicons, double loudnessLufs, boolean showOverdue, String glossary) {
    public static final String GLOSSARY_INLINE = "inline";
    public static final String GLOSSARY_END = "end";
    public static final String GLOSSARY_NONE = "none";
    public static final String DEFAULT_GLOSSARY = GLOSSARY_INLINE;
    /** Speaking rates the rate calibration can reach with this voice (the CLI accepts exactly these). */
    public static final int MIN_RATE = 80;
    public static final int MAX_RATE = 300;
    public static final double DEFAULT_LOUDNESS = Loudness.DEFAULT_TARGET_LUFS;
    public static final double MIN_LOUDNESS = Loudness.MIN_TARGET_LUFS;
    public static final double MAX_LOUDNESS = Loudness.MAX_TARGET_LUFS;

    public AudioOptions(String format, int wordsPerMinute, int bitrateKbps, String organization, List<Path> lexicons) {
        this(format, wordsPerMinute, bitrateKbps, organization, lexicons, DEFAULT_LOUDNESS, false, DEFAULT_GLOSSARY);
    }

    public static AudioOptions defaults() {
        return new AudioOptions("mp3", 150, 40, null, List.of());
    }

    public AudioOptions withGlossary(String placement) {
        return new AudioOptions(format, wordsPerMinute, bitrateKbps, organization, lexicons, loudnessLufs, showOverdue,
                placement);
    }
}
