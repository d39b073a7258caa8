package org.careprint.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careprint.model.Metadata;
import org.careprint.model.ReadResult;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with YAML front matter (FORMATS.md §2) using commonmark-java with GFM tables. Cruft lines
 * and page dates are taken out line by line before parsing; {@link MarkdownBlocks} and
 * {@link MarkdownInlines} walk the tree, {@link MarkdownMetadata} merges front matter and body dates.
 */
final class MarkdownReader implements DocumentReader {
    private final LoadOptions options;

    MarkdownReader(LoadOptions options) {
        this.options = options;
    }

    @Override
    public ReadResult read(String sourceName, String text) {
        ReadContext ctx = new ReadContext(sourceName, options);
        List<SourceLine> lines = SourceLine.split(text);
        FrontMatter fm = FrontMatter.parse(lines, ctx.findings);
        List<SourceLine> body = new ArrayList<>(lines);
        for (int i = 0; i < fm.bodyStart(); i++) {
            body.set(i, new SourceLine("", lines.get(i).line()));
        }
        dropCruftLines(body, ctx);
        PageDates.Result pageDates = scanDates(body, ctx);

        StringBuilder md = new StringBuilder();
        for (SourceLine l : body) {
            md.append(l.text()).append('\n');
        }
        Node document = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build()
                .parse(md.toString());
        MarkdownScan.flattenQuotes(document);
        MarkdownScan.flattenLists(document);

        String title = fm.get("title");
        MarkdownBlocks walker = new MarkdownBlocks(ctx, title == null ? null : TitleCleaner.clean(title));
        walker.blocks(document);
        if (title == null || title.isBlank()) {
            title = walker.firstH1 != null ? walker.firstH1 : firstText(lines, fm.bodyStart());
        }
        Metadata metadata = MarkdownMetadata.of(sourceName, TitleCleaner.clean(title), fm, pageDates, ctx);
        String organization = fm.get("organization", "publisher", "source");
        if (organization != null && !organization.isBlank() && !organization.matches("(?i).*(https?://|www\\.|/).*")) {
            metadata = metadata.withOrganization(TextCleaner.collapse(organization));
        }
        return ctx.result(metadata, walker.out);
    }

    private static void dropCruftLines(List<SourceLine> body, ReadContext ctx) {
        for (int i = 0; i < body.size(); i++) {
            String raw = body.get(i).text();
            String plain = MarkdownScan.stripLinks(raw).replaceAll("^\\s*#+\\s*", "");
            Optional<String> kind = raw.isEmpty() ? Optional.empty()
                    : CruftRules.classify(raw.isBlank() ? raw : plain.replaceAll("[*_]", ""));
            if (kind.isPresent()) {
                ctx.cruft.add(kind.get());
                body.set(i, new SourceLine("", body.get(i).line()));
            }
        }
    }

    private static PageDates.Result scanDates(List<SourceLine> body, ReadContext ctx) {
        List<SourceLine> scan = new ArrayList<>(body.size());
        for (SourceLine l : body) {
            boolean tableRow = l.text().chars().filter(c -> c == '|').count() >= 2;
            String plain = MarkdownScan.stripLinks(l.text()).replaceAll("^\\s*#+\\s*", "");
            scan.add(new SourceLine(tableRow ? "" : plain, l.line()));
        }
        PageDates.Result r = new PageDates(ctx.dates).scan(scan);
        ctx.findings.addAll(r.findings);
        for (int i : r.consumed) {
            String raw = body.get(i).text();
            String rest = r.remainders.getOrDefault(i, "");
            // keep the line's Markdown (links, emphasis) when only a placeholder stamp was cut from it
            String unstamped = PageDates.withoutPlaceholderStamp(raw);
            if (!rest.isEmpty() && !unstamped.equals(raw)) {
                rest = unstamped;
            }
            body.set(i, new SourceLine(rest, body.get(i).line()));
        }
        return r;
    }

    private static String firstText(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).text().replaceAll("^#+\\s*", "");
            }
        }
        return "";
    }
}
