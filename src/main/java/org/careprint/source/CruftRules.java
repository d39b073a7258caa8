package org.careprint.source;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognizes lines of site furniture that scraping leaves in a page ("More In …", "Send to Printer",
 * breadcrumbs, browser warnings). Each rule has a kind, so the report can say what was dropped.
 */
final class CruftRules {
    /** One kind of cruft and the pattern a whole line must match. */
    record Rule(String kind, Pattern pattern, boolean anywhere) {
        Rule(String kind, Pattern pattern) {
            this(kind, pattern, false);
        }

        boolean test(String line) {
            return anywhere ? pattern.matcher(line).find() : pattern.matcher(line).matches();
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Rule> RULES = List.of(
            new Rule("\"More In …\" navigation", Pattern.compile("more (in|on|about|from) \\S.{0,60}", FLAGS)),
            new Rule("print and share links", Pattern.compile(
                    "(send to printer|print( this page| page)?|printer[- ]friendly( version)?|share( this page)?"
                            + "|e-?mail( this page)?|download (the )?pdf|bookmark this page)", FLAGS)),
            new Rule("log-in links", Pattern.compile("(log ?in|sign ?in|log ?out|register|sign up|my account)"
                    + "( ?/ ?(register|sign up|create account))?", FLAGS)),
            new Rule("breadcrumbs", Pattern.compile("home\\s*(>|›|»|/|\\||→)\\s*.{0,150}", FLAGS)),
            new Rule("\"Look below for more information\" lines",
                    Pattern.compile("look below for more information.{0,120}", FLAGS)),
            new Rule("browser warnings", Pattern.compile(
                    "your browser is (out of date|outdated|not supported)|outdated browser"
                            + "|upgrade your browser|update your browser|javascript is (disabled|turned off|required)"
                            + "|enable javascript|this site works best (in|with)|unsupported browser", FLAGS), true),
            new Rule("skip and back-to-top links",
                    Pattern.compile("(skip to (main )?content|skip navigation|back to top( of page)?|return to top|top( of page)?"
                            + "|page top|↑\\s*top|(skip (directly )?to [^.]{1,40}?\\s*)+)", FLAGS)),
            new Rule("figure and media controls", Pattern.compile(
                    "(click (here |the image )?to )?(enlarge|enlarge image|view larger( image| version)?|view (full|larger) (size|image)"
                            + "|zoom( in| out)?|full ?size( image)?|(play|watch|view) (the )?(video|animation)|play"
                            + "|(video )?transcript|(download|view|show|hide|read) (the )?(video )?transcript|replay)", FLAGS)),
            new Rule("share and follow links", Pattern.compile(
                    "(resize font|font size|text size|change text size|a\\s?a\\s?a|facebook|twitter|x \\(twitter\\)|google\\+"
                            + "|pinterest|linkedin|youtube|instagram|flickr|rss( feeds?)?|syndicate( this)?( content)?|follow us( on .{1,40})?"
                            + "|connect with us|get (e-?mail )?updates|sign up for (e-?mail )?updates|subscribe( to .{1,40})?"
                            + "|share on .{1,20}|tweet( this)?)", FLAGS)),
            new Rule("language switchers", Pattern.compile(
                    "((en|ver en|leer en|lea en) )?espa[ñn]ol|(p[áa]gina|versi[óo]n|informaci[óo]n) en espa[ñn]ol|p[áa]gina( principal)?"
                            + "|in english|english|spanish( version)?|other languages|(read|view) (this page |this )?in spanish"
                            + "|english ?[|/·] ?espa[ñn]ol|espa[ñn]ol ?[|/·] ?english", FLAGS)),
            new Rule("help boxes", Pattern.compile(
                    "((have|got) (a |any )?questions?\\?|need help\\?)[^\\n]{0,160}"
                            + "|chat (with|online|now)\\b.{0,100}|live (help|chat).{0,60}|we('|’)re here to help.{0,80}", FLAGS)),
            new Rule("decorative image text", Pattern.compile(
                    "(divider|spacer|separator|decorative (image|line)|horizontal rule|bullet)", FLAGS)),
            new Rule("government site banners", Pattern.compile(
                    "(an official website of the united states government|here('|’)s how you know|official websites use \\.gov.{0,120}"
                            + "|secure \\.gov websites use https.{0,120}|a \\.gov website belongs to .{0,120}"
                            + "|a lock .{0,40} or https:// means .{0,120})", FLAGS)),
            new Rule("professional-version links",
                    Pattern.compile("go to (the )?(health professional|patient) version", FLAGS)));

    /** A row of share/print buttons: "Share Print", "Print | Email | Share". */
    private static final Pattern BUTTON_ROW = Pattern.compile(
            "(?:(?:send to printer|print|share|e-?mail|tweet|facebook|twitter|pinterest|linkedin|google\\+|youtube|instagram"
                    + "|resize font|font size|text size|rss|syndicate|subscribe|follow us)[\\s|·•/,]*){2,}",
            FLAGS);
    private static final Pattern LEADING = Pattern.compile("^[•·*\\-–—|>\\s]+");

    private CruftRules() {
    }

    /** The cruft kind of a whole line, if it is cruft. Whitespace-only lines (not empty ones) are cruft too. */
    static Optional<String> classify(String rawLine) {
        if (!rawLine.isEmpty() && rawLine.isBlank()) {
            return Optional.of("whitespace-only lines");
        }
        String line = TextCleaner.collapse(rawLine);
        if (line.isEmpty() || line.length() > 200) {
            return Optional.empty();
        }
        String bare = LEADING.matcher(line).replaceFirst("");
        int end = bare.length();
        while (end > 0 && " |.:".indexOf(bare.charAt(end - 1)) >= 0) {
            end--;
        }
        bare = bare.substring(0, end);
        for (Rule rule : RULES) {
            if (rule.test(bare)) {
                return Optional.of(rule.kind());
            }
        }
        return BUTTON_ROW.matcher(bare).matches() ? Optional.of(RULES.get(1).kind()) : Optional.empty();
    }

    /** True when a link's text is a "Go to Health Professional Version" style cross-link. */
    static boolean isVersionLink(String text) {
        return RULES.get(RULES.size() - 1).pattern().matcher(TextCleaner.collapse(text)).matches();
    }
}
