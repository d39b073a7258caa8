package org.careprint.print;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careprint.model.CarePrintException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates a style YAML document. Every problem is one CarePrintException line naming the
 * file and the key, because a style that breaks the large-print floors must never reach a page.
 */
final class StyleParser {
    /** Every key a style file may hold (documented in styles/README.md). */
    static final List<String> KEYS = List.of("name", "body-size", "heading-sizes", "line-spacing", "paragraph-gap",
            "margin", "max-line-chars", "text-color", "heading-color", "background-color", "rule-color",
            "high-contrast", "rule-width", "text-stroke", "fonts");
    /** Sub-keys of {@code fonts}, and the bundled face each replaces. */
    static final java.util.Map<String, String> FONT_KEYS = java.util.Map.of(
            "regular", FontFiles.MAIN_REGULAR, "bold", FontFiles.MAIN_BOLD);

    static final float MIN_BODY = 18f;
    static final float MIN_LINE_SPACING = 1.5f;
    static final float MIN_MARGIN = 72f;
    static final int MAX_LINE_CHARS = 70;
    /** Upper bounds (issue 15: 100000 pt or a 100 in margin gave blank PDFs of 1-140 pages). */
    static final float MAX_BODY = 48f;
    static final float MAX_LINE_SPACING = 3f;
    static final float MAX_GAP = 4f;
    static final float MAX_MARGIN = 144f;
    static final float MAX_HEADING = 96f;
    static final double MIN_CONTRAST = 4.5;
    static final double MIN_HIGH_CONTRAST = 7.0;

    private final String origin;
    private final Map<?, ?> map;
    private final java.nio.file.Path folder;

    private StyleParser(String origin, Map<?, ?> map, java.nio.file.Path folder) {
        this.origin = origin;
        this.map = map;
        this.folder = folder;
    }

    static Style parse(String yaml, String origin) {
        return parse(yaml, origin, null);
    }

    /** @param folder the style file's folder, against which font paths are resolved (null: current folder) */
    static Style parse(String yaml, String origin, java.nio.file.Path folder) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new CarePrintException("Style file " + origin + ": not valid YAML at line " + line + " ("
                    + e.getProblem() + "); fix the file.");
        } catch (YAMLException e) {
            throw new CarePrintException("Style file " + origin + ": not valid YAML (" + e.getMessage() + ").");
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new CarePrintException("Style file " + origin + ": expected 'key: value' lines, see styles/README.md.");
        }
        return new StyleParser(origin, map, folder).build();
    }

    private Style build() {
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw fail(String.valueOf(key), "unknown key; allowed keys are " + String.join(", ", KEYS));
            }
        }
        String name = map.containsKey("name") ? String.valueOf(map.get("name")) : "custom";
        float body = number("body-size", 18f);
        if (body < MIN_BODY) {
            throw fail("body-size", body + " pt is below the large-print floor of 18 pt");
        }
        if (body > MAX_BODY) {
            throw fail("body-size", body + " pt is above the maximum of 48 pt (allowed 18 to 48 pt)");
        }
        float[] headings = headingSizes(body);
        float lineSpacing = number("line-spacing", 1.5f);
        if (lineSpacing < MIN_LINE_SPACING) {
            throw fail("line-spacing", lineSpacing + " is below the minimum of 1.5");
        }
        if (lineSpacing > MAX_LINE_SPACING) {
            throw fail("line-spacing", lineSpacing + " is above the maximum of 3 (allowed 1.5 to 3)");
        }
        float gap = number("paragraph-gap", 1f);
        if (gap < 1f) {
            throw fail("paragraph-gap", gap + " is below the minimum of one line (1)");
        }
        if (gap > MAX_GAP) {
            throw fail("paragraph-gap", gap + " is above the maximum of 4 lines (allowed 1 to 4)");
        }
        float margin = length("margin", MIN_MARGIN);
        if (margin < MIN_MARGIN - 0.01f) {
            throw fail("margin", String.format(Locale.ROOT, "%.1f pt is below the minimum of 1 inch (72 pt)", margin));
        }
        if (margin > MAX_MARGIN + 0.01f) {
            throw fail("margin", String.format(Locale.ROOT, "%.1f pt is above the maximum of 2 inches (allowed 72 to 144 pt, 1in to 2in)", margin));
        }
        int maxChars = Math.round(number("max-line-chars", 65f));
        if (maxChars > MAX_LINE_CHARS || maxChars < 40) {
            throw fail("max-line-chars", maxChars + " is outside 40 to 70 characters");
        }
        Rgb text = color("text-color", "#000000");
        Rgb heading = color("heading-color", text.hex());
        Rgb background = color("background-color", "#FFFFFF");
        Rgb rule = color("rule-color", text.hex());
        boolean highContrast = bool("high-contrast");
        double floor = highContrast ? MIN_HIGH_CONTRAST : MIN_CONTRAST;
        checkContrast("text-color", text, background, floor);
        checkContrast("heading-color", heading, background, floor);
        float ruleWidth = number("rule-width", 1f);
        if (ruleWidth < 0.5f || ruleWidth > 4f) {
            throw fail("rule-width", ruleWidth + " is outside 0.5 to 4 points");
        }
        float textStroke = number("text-stroke", 0f);
        if (textStroke < 0f || textStroke > 1f) {
            throw fail("text-stroke", textStroke + " is outside 0 to 1 point");
        }
        return new Style(name, body, headings, lineSpacing, gap, margin, maxChars, text, heading, background, rule,
                highContrast, fonts()).withStrokes(ruleWidth, textStroke);
    }

    /** The {@code fonts: {regular: FILE, bold: FILE}} key: each file is read and checked now, not mid-build. */
    private Map<String, byte[]> fonts() {
        Object value = map.get("fonts");
        Map<String, byte[]> out = new java.util.TreeMap<>();
        if (value == null) {
            return out;
        }
        if (!(value instanceof Map<?, ?> fonts)) {
            throw fail("fonts", "expected sub-keys such as 'regular: MyFont-Regular.ttf' and 'bold: MyFont-Bold.ttf'");
        }
        for (Map.Entry<?, ?> e : fonts.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!FONT_KEYS.containsKey(key)) {
                throw fail("fonts", "unknown sub-key '" + key + "'; allowed are regular, bold");
            }
            if (!(e.getValue() instanceof String path) || path.isBlank()) {
                throw fail("fonts." + key, "expected the path of a .ttf file");
            }
            java.nio.file.Path file = folder == null ? java.nio.file.Path.of(path) : folder.resolve(path);
            String where = "(style file " + origin + ", key 'fonts." + key + "')";
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new CarePrintException("Font file " + file + " " + where + " does not exist; fix the path "
                        + "(relative to the style file's folder) or remove the key.");
            }
            byte[] bytes;
            try {
                bytes = java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException ex) {
                throw new CarePrintException("Cannot read font file " + file + " " + where + ": " + ex.getMessage()
                        + "; check its permissions.", ex);
            }
            String problem = FontFiles.problem(bytes);
            if (problem != null) {
                throw new CarePrintException("Font file " + file + " " + where + " cannot be used: " + problem
                        + "; point the key at a complete TrueType (.ttf) file or remove it.");
            }
            out.put(FONT_KEYS.get(key), bytes);
        }
        return out;
    }

    private void checkContrast(String key, Rgb fg, Rgb bg, double floor) {
        double ratio = Rgb.contrast(fg, bg);
        if (ratio < floor) {
            throw fail(key, String.format(Locale.ROOT, "contrast with background-color is %.2f:1, needs at least %.1f:1",
                    ratio, floor));
        }
    }

    private float[] headingSizes(float body) {
        Object value = map.get("heading-sizes");
        if (value == null) {
            return new float[] {body * 5 / 3, body * 1.4f, body * 1.2f, body * 1.1f};
        }
        if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > 6) {
            throw fail("heading-sizes", "expected a list of 1 to 6 sizes in points, e.g. [30, 25, 22, 20]");
        }
        float[] sizes = new float[list.size()];
        for (int i = 0; i < sizes.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                throw fail("heading-sizes", "'" + list.get(i) + "' is not a number");
            }
            sizes[i] = n.floatValue();
            if (!Float.isFinite(sizes[i]) || sizes[i] > MAX_HEADING) {
                throw fail("heading-sizes", "level " + (i + 1) + " size '" + n + "' is outside " + body + " to 96 pt");
            }
            if (sizes[i] <= body) {
                throw fail("heading-sizes", "level " + (i + 1) + " size " + sizes[i] + " must be larger than body-size "
                        + body);
            }
        }
        return sizes;
    }

    private float number(String key, float fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return finite(key, n.floatValue(), value);
        }
        throw fail(key, "'" + value + "' is not a number");
    }

    /** A length in points; accepts bare numbers (points) and pt, in, cm, mm suffixes. */
    private float length(String key, float fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return finite(key, n.floatValue(), value);
        }
        String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(pt|in|cm|mm)?").matcher(text);
        if (!m.matches()) {
            throw fail(key, "'" + value + "' is not a length such as 72pt, 1in, 2.54cm or 25.4mm");
        }
        float amount = Float.parseFloat(m.group(1));
        String unit = m.group(2) == null ? "pt" : m.group(2);
        return finite(key, switch (unit) {
            case "in" -> amount * 72f;
            case "cm" -> amount * 72f / 2.54f;
            case "mm" -> amount * 72f / 25.4f;
            default -> amount;
        }, value);
    }

    /** NaN and infinity (YAML .nan, .inf, or a number too large for a float) are never a size. */
    private float finite(String key, float f, Object written) {
        if (!Float.isFinite(f)) {
            throw fail(key, "'" + written + "' is not a finite number");
        }
        return f;
    }

    private Rgb color(String key, String fallback) {
        Object value = map.get(key);
        String text = value == null ? fallback : String.valueOf(value);
        Rgb rgb = Rgb.parse(text);
        if (rgb == null) {
            throw fail(key, "'" + text + "' is not a colour like \"#1A2B3C\" (quote it in YAML)");
        }
        return rgb;
    }

    private boolean bool(String key) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw fail(key, "'" + value + "' is not true or false");
    }

    private CarePrintException fail(String key, String problem) {
        return new CarePrintException("Style file " + origin + ": key '" + key + "': " + problem + ".");
    }
}
