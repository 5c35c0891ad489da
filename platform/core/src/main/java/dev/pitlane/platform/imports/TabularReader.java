package dev.pitlane.platform.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV (RFC 4180, UTF-8, Apache Commons CSV) or XLSX (first sheet, POI's SAX reader) file a row at a time,
 * so memory stays the same however long the file is. Blank rows are skipped; each row keeps its line in the file.
 */
public final class TabularReader {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private TabularReader() {
    }

    /** @throws UnreadableFileException when the file is not well-formed CSV or a workbook */
    public static void read(FileFormat format, Path file, RowListener listener) {
        try {
            if (format == FileFormat.XLSX) {
                XlsxRows.read(file, new Collector(listener));
            } else {
                readCsv(file, new Collector(listener));
            }
        } catch (ListenerFailure e) {
            throw e.getCause();
        } catch (Exception e) {
            // malformed CSV (a quote left open), a file that is no zip, a sheet that is no XML
            throw new UnreadableFileException(format, e);
        }
    }

    private static void readCsv(Path file, Collector collector) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSV).get()) {
            int line = 1;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                collector.record(line, values);
                // the record's terminator, and the line breaks inside its quoted fields
                line += 1;
                for (String v : values) {
                    line += lineBreaks(v);
                }
            }
        }
    }

    private static int lineBreaks(String v) {
        int n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == v.length() || v.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /** Turns raw records into a header and keyed rows. */
    static final class Collector {
        private final RowListener listener;
        private List<String> keys;

        Collector(RowListener listener) {
            this.listener = listener;
        }

        void record(int line, List<String> values) {
            boolean blank = values.stream().allMatch(v -> v == null || v.isBlank());
            if (blank) {
                return;
            }
            try {
                deliver(line, values);
            } catch (RuntimeException e) {
                throw new ListenerFailure(e);
            }
        }

        private void deliver(int line, List<String> values) {
            if (keys == null) {
                keys = Columns.keys(values);
                listener.header(keys);
                return;
            }
            Map<String, String> cells = new HashMap<>(keys.size() * 2);
            for (int i = 0; i < keys.size(); i++) {
                String value = i < values.size() ? values.get(i) : null;
                cells.put(keys.get(i), value == null || value.isBlank() ? null : FormulaCells.unescape(value.strip()));
            }
            listener.row(new SheetRow(line, cells));
        }

    }

    /** The listener's own failure, carried past the parsers' catch blocks and thrown again as it was. */
    private static final class ListenerFailure extends RuntimeException {
        ListenerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
