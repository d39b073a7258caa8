package org.careprint.print;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.careprint.model.CarePrintException;

/** A print style loaded from styles/NAME.yaml or a user file. See styles/README.md for the keys. */
public final class Style {
    /** The styles bundled in the jar (top-level styles/ folder). */
    public static final List<String> BUNDLED = List.of("large", "giant", "high-contrast", "dark");

    private final String name;
    private final float bodySize;
    private final float[] headingSizes;
    private final float lineSpacing;
    private final float paragraphGap;
    private final float margin;
    private final int maxLineChars;
    private final Rgb textColor;
    private final Rgb headingColor;
    private final Rgb backgroundColor;
    private final Rgb ruleColor;
    private final boolean highContrast;
    /** Table rules and term frames, in points (1 = hairline-plus; heavier for toner-friendly high contrast). */
    private float ruleWidth = 1f;
    /** Outline stroke added to every glyph, in points (0 = none): heavier letters without a bolder face. */
    private float textStroke = 0f;
    /** Custom faces from the style's {@code fonts} key, by bundled file name they replace; empty = bundled. */
    private final java.util.Map<String, byte[]> fonts;

    Style(String name, float bodySize, float[] headingSizes, float lineSpacing, float paragraphGap, float margin,
          int maxLineChars, Rgb textColor, Rgb headingColor, Rgb backgroundColor, Rgb ruleColor,
          boolean highContrast) {
        this(name, bodySize, headingSizes, lineSpacing, paragraphGap, margin, maxLineChars, textColor, headingColor,
                backgroundColor, ruleColor, highContrast, java.util.Map.of());
    }

    Style(String name, float bodySize, float[] headingSizes, float lineSpacing, float paragraphGap, float margin,
          int maxLineChars, Rgb textColor, Rgb headingColor, Rgb backgroundColor, Rgb ruleColor,
          boolean highContrast, java.util.Map<String, byte[]> fonts) {
        this.fonts = new java.util.TreeMap<>();
        fonts.forEach((k, v) -> this.fonts.put(k, v.clone()));
        this.name = name;
        this.bodySize = bodySize;
        this.headingSizes = headingSizes.clone();
        this.lineSpacing = lineSpacing;
        this.paragraphGap = paragraphGap;
        this.margin = margin;
        this.maxLineChars = maxLineChars;
        this.textColor = textColor;
        this.headingColor = headingColor;
        this.backgroundColor = backgroundColor;
        this.ruleColor = ruleColor;
        this.highContrast = highContrast;
    }

    /** Loads a bundled style by name ("large", "giant", "high-contrast", "dark") or a YAML file path. */
    public static Style load(String nameOrFile) {
        if (nameOrFile == null || nameOrFile.isBlank()) {
            nameOrFile = "large";
        }
        if (BUNDLED.contains(nameOrFile)) {
            String resource = "/org/careprint/styles/" + nameOrFile + ".yaml";
            try (InputStream in = Style.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new CarePrintException("Bundled style '" + nameOrFile + "' is missing from the program ("
                            + resource + "); reinstall CarePrint.");
                }
                return StyleParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "style " + nameOrFile,
                        null);
            } catch (IOException e) {
                throw new CarePrintException("Cannot read bundled style '" + nameOrFile + "': " + e.getMessage(), e);
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new CarePrintException("Style '" + nameOrFile + "' not found: use one of " + String.join(", ", BUNDLED)
                    + " or the path of a style YAML file.");
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            return StyleParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), folder);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CarePrintException("Style file " + file + " is not UTF-8 text; give a YAML style file "
                    + "(see styles/README.md).", e);
        } catch (IOException e) {
            throw new CarePrintException("Cannot read style file " + file + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public float bodySize() {
        return bodySize;
    }

    /** Size of heading level 1..6 (levels past the list reuse its last size). */
    public float headingSize(int level) {
        int index = Math.max(1, Math.min(level, headingSizes.length)) - 1;
        return headingSizes[index];
    }

    public float lineSpacing() {
        return lineSpacing;
    }

    /** Distance between baselines of body text. */
    public float leading() {
        return bodySize * lineSpacing;
    }

    /** Gap between paragraphs, in points. */
    public float paragraphGapPoints() {
        return leading() * paragraphGap;
    }

    public float margin() {
        return margin;
    }

    public int maxLineChars() {
        return maxLineChars;
    }

    /** Sets the stroke weights (style keys {@code rule-width}, {@code text-stroke}); used by the parser. */
    Style withStrokes(float rules, float text) {
        this.ruleWidth = rules;
        this.textStroke = text;
        return this;
    }

    /** Width of table rules and term frames in points. */
    public float ruleWidth() {
        return ruleWidth;
    }

    /** Outline stroke drawn around glyphs in points; 0 draws text as plain fill. */
    public float textStroke() {
        return textStroke;
    }

    Rgb textColor() {
        return textColor;
    }

    Rgb headingColor() {
        return headingColor;
    }

    Rgb backgroundColor() {
        return backgroundColor;
    }

    Rgb ruleColor() {
        return ruleColor;
    }

    /** Custom font bytes by the bundled file name they replace (FontFiles.MAIN_REGULAR / MAIN_BOLD). */
    java.util.Map<String, byte[]> customFonts() {
        java.util.Map<String, byte[]> copy = new java.util.TreeMap<>();
        fonts.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    public boolean highContrast() {
        return highContrast;
    }

    /** Lowest contrast ratio of text or headings against the page. */
    public double minimumContrast() {
        return Math.min(Rgb.contrast(textColor, backgroundColor), Rgb.contrast(headingColor, backgroundColor));
    }

    /** True when the page is not white, so a background must be painted. */
    boolean paintsBackground() {
        return !backgroundColor.equals(new Rgb(255, 255, 255));
    }

    /** Stable hash of the style's settings, for incremental rebuilds. */
    public String fingerprint() {
        String canonical = String.format(Locale.ROOT, "%s|%.3f|%s|%.3f|%.3f|%.3f|%d|%s|%s|%s|%s|%b|%.3f|%.3f", name,
                bodySize, java.util.Arrays.toString(headingSizes), lineSpacing, paragraphGap, margin, maxLineChars,
                textColor.hex(), headingColor.hex(), backgroundColor.hex(), ruleColor.hex(), highContrast, ruleWidth,
                textStroke);
        StringBuilder withFonts = new StringBuilder(canonical);
        fonts.forEach((k, v) -> withFonts.append('|').append(k).append('=').append(sha256(v)));
        canonical = withFonts.toString();
        return sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return org.careprint.model.Sha256.hex(bytes);
    }

    @Override
    public String toString() {
        return "Style[" + name + ", " + bodySize + " pt]";
    }
}
