package org.careprint.audio;

import java.util.regex.Pattern;

/** What a listener hears for a figure: its description without web controls, said as a picture. */
final class FigureSpeech {
    /** Web figure controls that mean nothing to a listener ("Enlarge", "Click to enlarge", "View larger image"). */
    static final Pattern FIGURE_CONTROLS = Pattern.compile("(?i)(?:\\b(?:click(?: here)? to )?(?:enlarge|zoom(?: in| out)?"
            + "|expand)(?: (?:image|picture|photo|figure))?|\\bview (?:larger|full[- ]size)(?: (?:image|picture|version))?"
            + "|\\bopen (?:image|figure) in (?:a )?new (?:window|tab)|\\bdownload (?:image|figure))[.:]?");
    /** A leading "Image:" / "Figure 2:" / "Photo." label. */
    private static final Pattern FIGURE_LABEL = Pattern.compile("(?i)^(?:image|figure|fig\\.|photo|picture|illustration)"
            + "(?:\\s*\\d+[a-z]?)?\\s*[:.\\-\u2013]\\s*");
    /** A capitalized ordinary first word: one capital, then lower-case letters, then a space. */
    private static final Pattern COMMON_START = Pattern.compile("^[A-Z][a-z]*(?=[ ,])");
    private static final Pattern PICTURE_KIND = Pattern.compile(
            "(?i)^(?:drawing|photo|photograph|diagram|illustration|chart|graph|image|picture|cartoon) ");
    private static final Pattern DETERMINER = Pattern.compile("^(?:A|An|The|This|These|Those|Some|Any|One|Two)\\b");

    private FigureSpeech() {
    }

    /** "The picture shows …", "The picture is a drawing …" or "Picture of …"; null when nothing is left to say. */
    static String said(String description) {
        String d = FIGURE_LABEL.matcher(FIGURE_CONTROLS.matcher(description).replaceAll(" ")
                .replaceAll("\\s+", " ").trim()).replaceFirst("").trim();
        if (d.isEmpty() || Words.count(d) == 0) {
            return null;
        }
        return PICTURE_KIND.matcher(d).find() ? "The picture is " + article(d) + " " + decapitalized(d)
                : DETERMINER.matcher(d).find() || COMMON_START.matcher(d).find()
                ? "The picture shows " + decapitalized(d) : "Picture of " + d;
    }

    /** True for a paragraph that is nothing but figure controls or a bare figure label ("Enlarge", "Image:"). */
    static boolean onlyControls(String text) {
        String rest = FIGURE_LABEL.matcher(FIGURE_CONTROLS.matcher(text).replaceAll(" ").trim()).replaceFirst("");
        return Words.count(rest) == 0;
    }

    /** "Cancer that started…" → "cancer that started…"; "HER2", "X-ray", "CT scan" are left alone. */
    static String decapitalized(String s) {
        return COMMON_START.matcher(s).find() ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String article(String s) {
        return "aeiouAEIOU".indexOf(s.charAt(0)) >= 0 ? "an" : "a";
    }
}
