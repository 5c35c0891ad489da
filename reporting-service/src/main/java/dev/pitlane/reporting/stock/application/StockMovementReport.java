package dev.pitlane.reporting.stock.application;

import dev.pitlane.platform.web.PageResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The stock movement report: a page of rows and the totals of every row the filters select. */
public record StockMovementReport(LocalDate from, LocalDate to, Granularity granularity, Totals totals,
                                  List<StockMovementRow> items, PageResponse.PageInfo page) {

    public record Totals(BigDecimal quantityIn, BigDecimal quantityOut, BigDecimal valueIn, BigDecimal valueOut,
                         long movements) {
    }
}
