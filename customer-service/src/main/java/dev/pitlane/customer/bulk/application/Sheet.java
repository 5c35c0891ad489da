package dev.pitlane.customer.bulk.application;

import java.util.List;
import java.util.Map;

/**
 * A file's table: its header and each row's cells by column name (lower-cased). {@code line} is the row's line in
 * the file as a person sees it (the header is line 1).
 */
public record Sheet(List<String> header, List<Row> rows) {

    public record Row(int line, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }
    }

    public boolean has(String column) {
        return header.contains(column);
    }
}
