package org.careprint.audio;

import java.nio.file.Path;
import java.util.List;

/**
 * @param format         "mp3" or "wav"
 * @param wordsPerMinute measured speaking rate (default 150)
 * @param bitrateKbps    MP3 bitrate (default 40)
 * @param organization   ID3 artist, or null
 * @param lexicons       extra PLS lexicon files (--lexicon)
 */
public record AudioOptions(String format, int wordsPerMinute, int bitrateKbps, String organization,
                           List<Path> lexicons) {
    public static AudioOptions defaults() {
        return new AudioOptions("mp3", 150, 40, null, List.of());
    }
}
