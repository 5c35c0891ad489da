package dev.pitlane.reporting.export.application;

import dev.pitlane.reporting.export.domain.ExportFilters;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report or list that can be exported: its columns, and its rows streamed from a database cursor in the caller's
 * (read-only) transaction, so that no export holds more than a fetch of rows in memory.
 */
public interface ExportSource {

    /** The name clients export it by, e.g. {@code stock-movements}. */
    String report();

    List<String> columns();

    long count(ExportFilters filters);

    /** Each row's values in column order: String, BigDecimal, Long, LocalDate or null. */
    void stream(ExportFilters filters, Consumer<Object[]> row);
}
