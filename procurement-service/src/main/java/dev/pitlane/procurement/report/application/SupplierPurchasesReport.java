package dev.pitlane.procurement.report.application;

import dev.pitlane.platform.web.PageResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Purchases from {@code from} to {@code to} (both inclusive, Indian dates), at receipt cost. */
public record SupplierPurchasesReport(LocalDate from, LocalDate to, List<PurchaseGrouping> groupBy, String currency,
                                      Totals totals, List<SupplierPurchaseRow> items, PageResponse.PageInfo page) {

    public record Totals(BigDecimal netAmount, BigDecimal taxAmount, BigDecimal totalAmount, long receiptCount) {
    }
}
