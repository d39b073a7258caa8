package org.careprint.audio;

import com.mpatric.mp3agic.EncodedText;
import com.mpatric.mp3agic.ID3v24Frame;
import com.mpatric.mp3agic.ID3v24Tag;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2Frame;
import com.mpatric.mp3agic.NotSupportedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the ID3v2.4 tag (mp3agic) with the chapters of the {@link Timeline}: title, organization as artist, year, review dates as a comment, and one CHAP
 * frame per chapter (TIT2 sub-frame) under one top-level ordered CTOC. Sub-frames are built as v2.4 frames
 * (synchsafe sizes); mp3agic's own addSubframe would write v2.3 sizes inside a v2.4 tag.
 */
final class Id3Tagger {
    static final String TOC_ID = "toc";

    private Id3Tagger() {
    }

    static byte[] tag(String title, String organization, String year, String comment, Timeline timeline) {
        List<Timeline.Chapter> chapters = timeline.chapters();
        // tag text is always well-formed: a lone surrogate or control character from a page never reaches the encoder
        title = clean(title);
        organization = clean(organization);
        comment = clean(comment);
        ID3v24Tag tag = new ID3v24Tag();
        tag.setPadding(false);
        tag.setTitle(title);
        if (organization != null && !organization.isBlank()) {
            tag.setArtist(organization);
            tag.setAlbumArtist(organization);
        }
        if (year != null) {
            tag.setRecordingTime(year);
        }
        if (comment != null && !comment.isBlank()) {
            tag.setComment(comment);
        }
        ArrayList<ID3v2ChapterFrameData> chapterFrames = new ArrayList<>();
        String[] ids = new String[chapters.size()];
        for (int i = 0; i < chapters.size(); i++) {
            Timeline.Chapter c = chapters.get(i);
            ids[i] = "ch" + i;
            ID3v2ChapterFrameData chap = new ID3v2ChapterFrameData(false, ids[i], (int) timeline.millis(c.start()),
                    (int) timeline.millis(c.end()), -1, -1);
            ArrayList<ID3v2Frame> sub = new ArrayList<>();
            sub.add(textFrame("TIT2", clean(c.title())));
            chap.setSubframes(sub);
            chapterFrames.add(chap);
        }
        if (!chapterFrames.isEmpty()) {
            tag.setChapters(chapterFrames);
            ID3v2ChapterTOCFrameData toc = new ID3v2ChapterTOCFrameData(false, true, true, TOC_ID, ids);
            ArrayList<ID3v2Frame> tocSub = new ArrayList<>();
            tocSub.add(textFrame("TIT2", "Chapters"));
            toc.setSubframes(tocSub);
            ArrayList<ID3v2ChapterTOCFrameData> tocs = new ArrayList<>();
            tocs.add(toc);
            tag.setChapterTOC(tocs);
        }
        try {
            return tag.toBytes();
        } catch (NotSupportedException e) {
            throw new IllegalStateException("ID3 tag could not be written", e);
        }
    }

    private static ID3v2Frame textFrame(String id, String text) {
        // A v2.4 text frame body: encoding byte 3 (UTF-8) then the text.
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 1];
        body[0] = EncodedText.TEXT_ENCODING_UTF_8;
        System.arraycopy(utf8, 0, body, 1, utf8.length);
        return new ID3v24Frame(id, body);
    }

    /** Lone surrogates become U+FFFD; control characters (line breaks included) become spaces. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
