package org.careprint.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy left-aligned line breaking at spaces, never hyphenating. A line ends when the next word would
 * exceed the measure in points or the style's character limit; a word longer than a whole line (a URL)
 * is cut between characters, without adding a hyphen.
 */
final class LineBreaker {
    private final Fonts fonts;

    LineBreaker(Fonts fonts) {
        this.fonts = fonts;
    }

    /** A word: consecutive non-space characters, possibly in several spans ("term" bold + "," regular). */
    private record Word(List<Span> parts) {
        String text() {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p.text()));
            return sb.toString();
        }
    }

    List<Line> lines(List<Span> spans, float size, float maxWidth, int maxChars) {
        List<Word> words = words(spans);
        List<Line> lines = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        float width = 0;
        int chars = 0;
        float spaceWidth = fonts.width(" ", false, size);
        for (Word word : words) {
            List<Word> pieces = fit(word, size, maxWidth, maxChars);
            for (int p = 0; p < pieces.size(); p++) {
                Word piece = pieces.get(p);
                float w = width(piece, size);
                int n = piece.text().codePointCount(0, piece.text().length());
                boolean empty = current.isEmpty();
                // Later pieces of a cut word always start a line: no space may appear inside the word.
                boolean continuation = p > 0;
                if (!empty && (continuation || width + spaceWidth + w > maxWidth || chars + 1 + n > maxChars)) {
                    if (!continuation) {
                        // A soft wrap between words keeps its space (drawn past the line's end, invisible), so
                        // text extracted from the tags and read by screen readers never glues two words.
                        Span last = current.get(current.size() - 1);
                        current.set(current.size() - 1, last.withText(last.text() + " "));
                    }
                    lines.add(new Line(merge(current), width, chars));
                    current = new ArrayList<>();
                    width = 0;
                    chars = 0;
                    empty = true;
                }
                if (!empty) {
                    Span last = current.get(current.size() - 1);
                    current.set(current.size() - 1, last.withText(last.text() + " "));
                    width += spaceWidth;
                    chars += 1;
                }
                current.addAll(piece.parts());
                width += w;
                chars += n;
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Line(merge(current), width, chars));
        }
        return lines;
    }

    private float width(Word word, float size) {
        float w = 0;
        for (Span part : word.parts()) {
            w += fonts.width(part.text(), part.bold(), size);
        }
        return w;
    }

    /** Splits a word wider than a line into pieces that fit, cutting between characters. */
    private List<Word> fit(Word word, float size, float maxWidth, int maxChars) {
        String text = word.text();
        if (width(word, size) <= maxWidth && text.codePointCount(0, text.length()) <= maxChars) {
            return List.of(word);
        }
        if (word.parts().size() == 1) {
            return fitAtBreakPoints(word.parts().get(0), size, maxWidth, maxChars);
        }
        return fitByCharacters(word, size, maxWidth, maxChars);
    }

    /** Cuts a one-span word (usually a URL) after "/", ".", "-", "?", "&", "=" where it can, else anywhere. */
    private List<Word> fitAtBreakPoints(Span part, float size, float maxWidth, int maxChars) {
        List<String> segments = new ArrayList<>();
        StringBuilder seg = new StringBuilder();
        for (char c : part.text().toCharArray()) {
            seg.append(c);
            if ("/.-?&=_#".indexOf(c) >= 0) {
                segments.add(seg.toString());
                seg.setLength(0);
            }
        }
        if (seg.length() > 0) {
            segments.add(seg.toString());
        }
        List<Word> pieces = new ArrayList<>();
        String current = "";
        for (String segment : segments) {
            String joined = current + segment;
            if (fits(joined, part.bold(), size, maxWidth, maxChars)) {
                current = joined;
                continue;
            }
            // Prefer a cut after the last "/" (a path step reads as a unit: ".../audio/" + "page.mp3"),
            // when that still fills at least half the line.
            int slash = current.lastIndexOf('/');
            if (slash >= 0 && slash + 1 < current.length() && slash + 1 >= current.length() / 2
                    && fits(current.substring(slash + 1) + segment, part.bold(), size, maxWidth, maxChars)) {
                pieces.add(new Word(List.of(part.withText(current.substring(0, slash + 1)))));
                current = current.substring(slash + 1) + segment;
                continue;
            }
            if (!current.isEmpty()) {
                pieces.add(new Word(List.of(part.withText(current))));
                current = "";
            }
            if (fits(segment, part.bold(), size, maxWidth, maxChars)) {
                current = segment;
            } else {
                List<Word> chunks = fitByCharacters(new Word(List.of(part.withText(segment))), size, maxWidth, maxChars);
                pieces.addAll(chunks.subList(0, chunks.size() - 1));
                current = chunks.get(chunks.size() - 1).text();
            }
        }
        if (!current.isEmpty()) {
            pieces.add(new Word(List.of(part.withText(current))));
        }
        return pieces;
    }

    private boolean fits(String text, boolean bold, float size, float maxWidth, int maxChars) {
        return fonts.width(text, bold, size) <= maxWidth && text.codePointCount(0, text.length()) <= maxChars;
    }

    private List<Word> fitByCharacters(Word word, float size, float maxWidth, int maxChars) {
        List<Word> pieces = new ArrayList<>();
        List<Span> piece = new ArrayList<>();
        StringBuilder partText = new StringBuilder();
        float w = 0;
        int n = 0;
        for (Span part : word.parts()) {
            for (int i = 0; i < part.text().length(); ) {
                int cp = part.text().codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = fonts.width(ch, part.bold(), size);
                if (n > 0 && (w + cw > maxWidth || n + 1 > maxChars)) {
                    if (partText.length() > 0) {
                        piece.add(part.withText(partText.toString()));
                    }
                    pieces.add(new Word(piece));
                    piece = new ArrayList<>();
                    partText.setLength(0);
                    w = 0;
                    n = 0;
                }
                partText.append(ch);
                w += cw;
                n++;
                i += Character.charCount(cp);
            }
            if (partText.length() > 0) {
                piece.add(part.withText(partText.toString()));
                partText.setLength(0);
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(new Word(piece));
        }
        return pieces;
    }

    /** Splits spans into words at whitespace; whitespace runs collapse to one space. */
    private static List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        List<Span> parts = new ArrayList<>();
        for (Span span : spans) {
            StringBuilder sb = new StringBuilder();
            String text = clean(span.text());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isBreakingSpace(c)) {
                    if (sb.length() > 0) {
                        parts.add(span.withText(sb.toString()));
                        sb.setLength(0);
                    }
                    if (!parts.isEmpty()) {
                        words.add(new Word(parts));
                        parts = new ArrayList<>();
                    }
                } else {
                    sb.append(c);
                }
            }
            if (sb.length() > 0) {
                parts.add(span.withText(sb.toString()));
            }
        }
        if (!parts.isEmpty()) {
            words.add(new Word(parts));
        }
        return words;
    }

    private static boolean isBreakingSpace(char c) {
        return c != '\u00A0' && c != '\u202F' && c != '\u2007' && Character.isWhitespace(c);
    }

    /** Drops invisible characters that would otherwise show as boxes or invite hyphenation. */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                continue;
            }
            if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                sb.append('\u00A0');
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Joins neighbouring spans that share weight and term, so a line draws in few runs. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (last.sameRun(span)) {
                    out.set(out.size() - 1, last.withText(last.text() + span.text()));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }
}
