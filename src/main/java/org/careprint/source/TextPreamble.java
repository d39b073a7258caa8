package org.careprint.source;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The top of a scraped page: where the title is, what organization the masthead names; the chrome above
 * the title is blanked out of the lines and counted.
 *
 * @param titleIndex the title's line index, -1 when the page has no usable title line
 */
record TextPreamble(int titleIndex, String title, String organization) {
    /** A navigation entry that says it is one: a "bullet" image's alt text, a "… Home" link. */
    private static final Pattern NAV_MARKED = Pattern.compile("(?i)^(?:bullet\\s+.+|.{1,40}\\shome)$");

    /**
     * The title is the first line that belongs to the content. Cruft, mastheads (organization names) and
     * navigation labels above it are dropped. When the page opens with such chrome, a navigation menu may
     * follow: then the title is the first heading-like line after the menu's last marked entry ("bullet …",
     * "… Home"), and the menu is dropped too.
     */
    static TextPreamble find(List<SourceLine> lines, ReadContext ctx) {
        String organization = null;
        boolean chrome = false;
        int i = 0;
        for (; i < lines.size(); i++) {
            String raw = lines.get(i).text();
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> cruft = CruftRules.classify(raw);
            String kind = cruft.orElse(Chrome.isOrganization(raw) ? "site mastheads"
                    : Chrome.isNavigationLabel(raw) ? "navigation labels" : null);
            if (kind == null) {
                break;
            }
            if (kind.equals("site mastheads") && organization == null) {
                organization = Chrome.organizationName(raw);
            }
            chrome |= kind.equals("site mastheads") || kind.equals("navigation labels")
                    || kind.equals("skip and back-to-top links") || kind.equals("government site banners");
            ctx.cruft.add(kind);
            lines.set(i, new SourceLine("", lines.get(i).line()));
        }
        if (i >= lines.size()) {
            return new TextPreamble(-1, "", organization);
        }
        if (chrome) {
            int lastMarked = -1;
            for (int k = i; k < lines.size() && k < i + 80; k++) {
                String t = TextCleaner.collapse(lines.get(k).text());
                if (t.length() >= 60 && !HeadingRules.isShortBare(t)) {
                    break; // the content has started
                }
                if (NAV_MARKED.matcher(t).matches() || !t.isEmpty() && (Chrome.isNavigationLabel(t) || Chrome.isOrganization(t))) {
                    lastMarked = k;
                }
            }
            if (lastMarked >= i) {
                for (int k = i; k <= lastMarked; k++) {
                    String t = lines.get(k).text();
                    if (!t.isBlank()) {
                        if (organization == null && Chrome.isOrganization(t)) {
                            organization = Chrome.organizationName(t);
                        }
                        ctx.cruft.add("navigation menus");
                        lines.set(k, new SourceLine("", lines.get(k).line()));
                    }
                }
                i = lastMarked + 1;
                while (i < lines.size() && (lines.get(i).text().isBlank() || CruftRules.classify(lines.get(i).text()).isPresent())) {
                    if (!lines.get(i).text().isEmpty()) {
                        ctx.cruft.add(CruftRules.classify(lines.get(i).text()).get());
                        lines.set(i, new SourceLine("", lines.get(i).line()));
                    }
                    i++;
                }
                if (i >= lines.size()) {
                    return new TextPreamble(-1, "", organization);
                }
            }
        }
        String candidate = TitleCleaner.clean(lines.get(i).text());
        if (!candidate.isEmpty() && candidate.length() <= 150 && new DateParser(false).find(candidate).isEmpty()) {
            return new TextPreamble(i, candidate, organization);
        }
        return new TextPreamble(-1, "", organization);
    }
}
