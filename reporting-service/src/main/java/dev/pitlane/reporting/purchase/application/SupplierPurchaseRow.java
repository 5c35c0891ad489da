package dev.pitlane.reporting.purchase.application;

import java.math.BigDecimal;
import java.util.UUID;

/** Purchases of one group; the fields it is not grouped by are null ({@code quantity} only per item). */
public record SupplierPurchaseRow(UUID supplierId, UUID itemId, String sku, String month, BigDecimal quantity,
                                  BigDecimal netAmount, BigDecimal taxAmount, BigDecimal totalAmount,
                                  long receipts) {
}
