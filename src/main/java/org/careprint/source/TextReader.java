package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careprint.model.Block;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;

/**
 * Reads scraped web text, the reference format (see FORMATS.md §1): title on the first non-blank line,
 * page dates near the end, {@code info-icon} glossary markers, bullets with {@code •}, lead-ins ending in
 * ":", and paragraphs separated either by blank lines (hard-wrapped text) or by single newlines.
 * The passes, in order: {@link TextPreamble} (title, masthead, menu), cruft lines, page dates,
 * {@link TextUnits} (joining wrapped lines), {@link TextBlocks} (units into blocks).
 */
final class TextReader implements DocumentReader {
    /** A short line that belongs to a help box: "Call 1-800-…", "Chat with an information specialist". */
    private static final Pattern HELP_BOX_LINE = Pattern.compile(
            "(?i)(?:call|chat|e-?mail|text|tty|contact|talk|1-8\\d\\d)\\b.{0,70}");

    private final LoadOptions options;

    TextReader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public ReadResult read(String sourceName, String text) {
        ReadContext ctx = new ReadContext(sourceName, options);
        List<SourceLine> lines = SourceLine.split(text);

        TextPreamble preamble = TextPreamble.find(lines, ctx);
        List<SourceLine> body = new ArrayList<>(lines.subList(preamble.titleIndex() + 1, lines.size()));
        dropCruftLines(body, ctx);
        PageDates.Result dates = new PageDates(ctx.dates).scan(body);
        ctx.findings.addAll(dates.findings);
        for (int i = 0; i < body.size(); i++) {
            if (dates.consumed.contains(i)) {
                String rest = dates.remainders.getOrDefault(i, "");
                if (!rest.isEmpty() && CruftRules.classify(rest).isPresent()) {
                    ctx.cruft.add(CruftRules.classify(rest).get());
                    rest = "";
                }
                body.set(i, new SourceLine(rest, body.get(i).line()));
            }
        }
        List<Block> blocks = new TextBlocks(ctx, TextUnits.units(body)).assemble();
        Metadata metadata = new Metadata(preamble.title(), null, dates.reviewed, dates.reviewer, dates.updatedOrPosted(),
                null, sourceName, dates.reviewedLine, dates.updatedOrPostedLine(), preamble.organization());
        return ctx.result(metadata, blocks);
    }

    /** Cruft lines become blank (counted); a help box takes the "Call …"/"Chat …" lines under it along. */
    private static void dropCruftLines(List<SourceLine> body, ReadContext ctx) {
        String previousKind = null;
        for (int i = 0; i < body.size(); i++) {
            String raw = body.get(i).text();
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> cruft = CruftRules.classify(raw);
            if (cruft.isEmpty() && "help boxes".equals(previousKind) && HELP_BOX_LINE.matcher(TextCleaner.collapse(raw)).matches()) {
                cruft = Optional.of("help boxes"); // "Have a question?" then "Call 1-800-…" / "Chat with …"
            }
            previousKind = cruft.orElse(null);
            if (cruft.isPresent()) {
                ctx.cruft.add(cruft.get());
                body.set(i, new SourceLine("", body.get(i).line()));
            }
        }
    }
}
