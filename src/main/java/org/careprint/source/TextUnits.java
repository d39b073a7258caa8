package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups the body lines of scraped text into units (logical lines). Hard-wrapped files (lines that run on
 * into a lowercase next line) join consecutive long lines; one-paragraph-per-line files keep each line.
 * Bullets, numbered items and table rows are "special": never joined.
 */
final class TextUnits {
    static final Pattern BULLET = Pattern.compile("^(\\s*)([•·▪◦‣●○■*+\\-–]|bullet(?= \\p{Lu}))\\s+(\\S.*)$");
    static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,2})[.)]\\s+(\\S.*)$");
    static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

    /** A logical line after joining wrapped lines; {@code raw} is its first line as written. */
    record Unit(String text, String raw, int line, boolean blankBefore) {
    }

    private TextUnits() {
    }

    static List<Unit> units(List<SourceLine> body) {
        boolean wrapped = isHardWrapped(body);
        int width = 0;
        for (SourceLine l : body) {
            width = Math.max(width, l.text().length());
        }
        List<Unit> units = new ArrayList<>();
        boolean blankBefore = true;
        StringBuilder current = null;
        String currentRaw = null;
        int currentLine = 0;
        int lastLength = 0;
        boolean currentBlank = false;
        for (SourceLine l : body) {
            String raw = l.text();
            if (raw.isBlank()) {
                if (current != null) {
                    units.add(new Unit(current.toString(), currentRaw, currentLine, currentBlank));
                    current = null;
                }
                blankBefore = true;
                continue;
            }
            boolean special = isSpecial(raw);
            boolean join = wrapped && current != null && !special && !currentRaw.endsWith(":")
                    && lastLength >= Math.max(30, width * 6 / 10) && !isSpecial(currentRaw);
            if (join) {
                current.append(' ').append(raw.trim());
            } else {
                if (current != null) {
                    units.add(new Unit(current.toString(), currentRaw, currentLine, currentBlank));
                }
                current = new StringBuilder(raw.trim());
                currentRaw = raw;
                currentLine = l.line();
                currentBlank = blankBefore;
            }
            lastLength = raw.length();
            blankBefore = false;
        }
        if (current != null) {
            units.add(new Unit(current.toString(), currentRaw, currentLine, currentBlank));
        }
        return units;
    }

    /** A bullet, a numbered item or a table row (pipes, or a tab inside the line). */
    static boolean isSpecial(String raw) {
        return BULLET.matcher(raw).matches() || NUMBERED.matcher(raw).matches() || PIPE_ROW.matcher(raw).matches()
                || raw.indexOf('\t') > 0;
    }

    private static boolean isHardWrapped(List<SourceLine> body) {
        int pairs = 0;
        int runOn = 0;
        for (int i = 1; i < body.size(); i++) {
            String prev = body.get(i - 1).text().trim();
            String next = body.get(i).text().trim();
            if (prev.isEmpty() || next.isEmpty() || isSpecial(body.get(i).text())) {
                continue;
            }
            pairs++;
            char end = prev.charAt(prev.length() - 1);
            if (prev.length() >= 30 && ".!?:\"”)".indexOf(end) < 0 && Character.isLowerCase(next.charAt(0))) {
                runOn++;
            }
        }
        return runOn >= 2 || runOn >= 1 && runOn * 4 >= pairs;
    }
}
