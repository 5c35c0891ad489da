package dev.pitlane.procurement.report.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Accepted goods received in a period, grouped as asked: fields of a grouping that was not asked for are absent.
 * {@code quantity} only when grouped by item (quantities of different items do not add up).
 */
public record SupplierPurchaseRow(UUID supplierId, String supplierName, UUID itemId, String sku, String month,
                                  BigDecimal quantity, BigDecimal netAmount, BigDecimal taxAmount,
                                  BigDecimal totalAmount, long receiptCount) {
}
