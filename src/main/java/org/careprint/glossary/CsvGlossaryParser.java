package org.careprint.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV glossary: header {@code term,definition,aliases} (aliases optional), fields quoted per
 * RFC 4180, aliases separated by ";" or "|".
 */
final class CsvGlossaryParser {
    private CsvGlossaryParser() {
    }

    static List<GlossaryEntry> parse(String text, String source) {
        EntryCollector collector = new EntryCollector(source);
        List<Row> rows = records(text, collector);
        if (rows.isEmpty()) {
            throw collector.fail("", "the file is empty; the first line must be the header term,definition,aliases");
        }
        Row header = rows.get(0);
        List<String> names = header.fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        int termCol = names.indexOf("term");
        int defCol = names.indexOf("definition");
        int aliasCol = names.indexOf("aliases");
        if (termCol < 0 || defCol < 0) {
            throw collector.fail("line " + header.line,
                    "the header must name the columns term,definition,aliases (found " + String.join(",", header.fields) + ")");
        }
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields.size() == 1 && row.fields.get(0).isBlank()) {
                continue; // blank line
            }
            if (row.fields.size() != names.size()) {
                throw collector.fail("line " + row.line, "expected " + names.size() + " fields but found "
                        + row.fields.size() + " (put fields that contain commas in double quotes)");
            }
            List<String> aliases = aliasCol < 0 || row.fields.get(aliasCol).isBlank()
                    ? List.of()
                    : Arrays.asList(row.fields.get(aliasCol).split("[;|]"));
            collector.add(row.fields.get(termCol), row.fields.get(defCol), aliases, "line " + row.line);
        }
        return collector.entries();
    }

    private record Row(int line, List<String> fields) {
    }

    /** Splits the text into records, honouring quoted fields that hold commas, quotes or line breaks. */
    private static List<Row> records(String text, EntryCollector collector) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int quoteLine = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (field.toString().isBlank() && !fieldWasQuoted) {
                    field.setLength(0);
                    quoted = true;
                    fieldWasQuoted = true;
                    quoteLine = line;
                } else {
                    throw collector.fail("line " + line, "a double quote appears inside an unquoted field; quote the whole field and double the inner quote (\"\")");
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
                rows.add(new Row(recordLine, List.copyOf(fields)));
                fields.clear();
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else if (fieldWasQuoted) {
                if (!Character.isWhitespace(c)) {
                    throw collector.fail("line " + line, "text follows a closing double quote; quote the whole field");
                }
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw collector.fail("line " + quoteLine, "a double quote is opened but never closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        // Drop trailing blank records so a final newline does not count as a row.
        while (!rows.isEmpty() && rows.get(rows.size() - 1).fields.size() == 1 && rows.get(rows.size() - 1).fields.get(0).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }
}
