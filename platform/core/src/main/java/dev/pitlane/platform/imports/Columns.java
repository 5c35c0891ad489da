package dev.pitlane.platform.imports;

import java.util.List;
import java.util.Locale;

/**
 * Header names as people write them: "Part Number", "part_number", "partNumber" and "PART-NUMBER" are one column.
 * A column's key is its name lower-cased without spaces, underscores, hyphens, dots and a byte-order mark.
 */
public final class Columns {

    private Columns() {
    }

    public static String key(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '.' && c != '\uFEFF' && !Character.isWhitespace(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    public static List<String> keys(List<String> headers) {
        return headers.stream().map(Columns::key).toList();
    }
}
