package dev.pitlane.customer.bulk.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV (Apache Commons CSV): quoted fields may hold commas, quotes ({@code ""}) and line breaks. On the way
 * out a cell that a spreadsheet would run as a formula ({@code =}, {@code @}) is prefixed with {@code '}, which is
 * taken off again on the way in.
 */
public final class Csv {

    /** Blank lines are kept as records so that each record's line in the file can be counted; they are dropped here. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private Csv() {
    }

    /** @throws IOException also when the file is not CSV (a quote closed in the middle of a field) */
    public static Sheet read(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (!(values.size() == 1 && values.get(0).isEmpty())) {
                    records.add(values);
                    lines.add(line);
                }
                // the record's terminator, and the line breaks inside its quoted fields
                line += 1 + values.stream().mapToInt(v -> (int) LINE_BREAK.matcher(v).results().count()).sum();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
            FORMAT.printRecord(out, values.stream().map(Csv::escapeFormula).toArray());
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
}
