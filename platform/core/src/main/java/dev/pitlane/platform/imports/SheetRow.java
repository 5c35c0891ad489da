package dev.pitlane.platform.imports;

import java.util.Map;

/**
 * One data row of an imported file: its line as a person sees it (the header is line 1) and its cells by column
 * key ({@link Columns#key}); a column the row does not reach reads as null, a blank cell as null too.
 */
public record SheetRow(int line, Map<String, String> cells) {

    public String get(String columnKey) {
        return cells.get(columnKey);
    }
}
