package org.careprint.print;

import java.awt.Color;
import java.util.Locale;

/** An sRGB colour written as "#RRGGBB", with the WCAG 2 relative luminance and contrast ratio. */
record Rgb(int red, int green, int blue) {

    /** Parses "#RRGGBB" (or "RRGGBB"); returns null when the text is not such a colour. */
    static Rgb parse(String text) {
        if (text == null) {
            return null;
        }
        String hex = text.trim();
        if (hex.startsWith("#")) {
            hex = hex.substring(1);
        }
        if (!hex.matches("[0-9a-fA-F]{6}")) {
            return null;
        }
        int value = Integer.parseInt(hex, 16);
        return new Rgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
    }

    /** WCAG 2.x relative luminance. */
    double luminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio between two colours, 1 to 21. */
    static double contrast(Rgb a, Rgb b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    Color awt() {
        return new Color(red, green, blue);
    }

    String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }
}
