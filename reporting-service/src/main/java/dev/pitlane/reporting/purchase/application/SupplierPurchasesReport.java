package dev.pitlane.reporting.purchase.application;

import dev.pitlane.platform.web.PageResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What was bought from suppliers in a period: the figures of procurement's own supplier-purchases report. */
public record SupplierPurchasesReport(LocalDate from, LocalDate to, List<PurchaseGrouping> groupBy, String currency,
                                      Totals totals, List<SupplierPurchaseRow> items, PageResponse.PageInfo page) {

    public record Totals(BigDecimal netAmount, BigDecimal taxAmount, BigDecimal totalAmount, long receipts) {
    }
}
