package dev.pitlane.customer.bulk.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ({@code ""}) and line breaks. On the way out a cell that a
 * spreadsheet would run as a formula ({@code =}, {@code @}) is prefixed with {@code '}, which is taken off again on
 * the way in.
 */
public final class Csv {

    private Csv() {
    }

    public static Sheet read(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = in.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    if (any || !field.isEmpty()) {
                        record.add(field.toString());
                        records.add(record);
                        lines.add(recordLine);
                    }
                    record = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(ch);
                    any = true;
                }
            }
        }
        if (any || !field.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
        return toSheet(records, lines);
    }

    static Sheet toSheet(List<List<String>> records, List<Integer> lines) {
        if (records.isEmpty()) {
            return new Sheet(List.of(), List.of());
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT))
                .toList();
        List<Sheet.Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), i < values.size() ? unescape(values.get(i)) : null);
            }
            rows.add(new Sheet.Row(lines.get(r), cells));
        }
        return new Sheet(header, rows);
    }

    public static void writeRow(Writer out, List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(escapeFormula(values.get(i))));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escapeFormula(String value) {
        if (value != null && !value.isEmpty() && (value.charAt(0) == '=' || value.charAt(0) == '@')) {
            return "'" + value;
        }
        return value;
    }

    static String unescape(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && (value.charAt(1) == '=' || value.charAt(1) == '@')) {
            return value.substring(1);
        }
        return value;
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
