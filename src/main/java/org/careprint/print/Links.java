package org.careprint.print;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web addresses in running text, turned into tagged Link structure elements (PDF/UA 7.18). */
final class Links {
    private Links() {
    }

    /** Web addresses in running text: "https://…", "http://…" and "www.…" (trailing punctuation excluded). */
    static final Pattern ADDRESS = Pattern.compile("(?i)(?<![\\w@/.-])(?:https?://|www\\.)[^\\s<>\"]+");

    /**
     * Splits web addresses out of {@code spans} as Link children of {@code parent} (the emitter gives each a
     * link annotation); the text around them goes into Span children, since a structure element holds either
     * content or children. Returns the spans unchanged when there is no address.
     */
    static List<Span> linkify(List<Span> spans, StructNode parent) {
        boolean any = false;
        for (Span span : spans) {
            any |= ADDRESS.matcher(span.text()).find();
        }
        if (!any) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        StructNode run = null;
        for (Span span : spans) {
            String text = span.text();
            Matcher m = ADDRESS.matcher(text);
            int at = 0;
            while (m.find()) {
                int end = m.end();
                while (end > m.start() && ".,;:!?)]}'\"\u201D\u2019".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                if (end - m.start() < 5) {
                    continue;
                }
                if (m.start() > at) {
                    run = run != null ? run : parent.add("Span");
                    out.add(span.withText(text.substring(at, m.start())).withNode(run));
                }
                String address = text.substring(m.start(), end);
                String target = address.regionMatches(true, 0, "www.", 0, 4) ? "https://" + address : address;
                out.add(span.withText(address).withNode(parent.add("Link").withUri(target)));
                run = null;
                at = end;
            }
            if (at < text.length()) {
                run = run != null ? run : parent.add("Span");
                out.add(span.withText(text.substring(at)).withNode(run));
            }
        }
        return out;
    }
}
