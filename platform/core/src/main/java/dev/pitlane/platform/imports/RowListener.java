package dev.pitlane.platform.imports;

import java.util.List;

/** Receives a file's header (column keys, in file order) once, then its data rows one at a time. */
public interface RowListener {

    void header(List<String> columnKeys);

    void row(SheetRow row);
}
