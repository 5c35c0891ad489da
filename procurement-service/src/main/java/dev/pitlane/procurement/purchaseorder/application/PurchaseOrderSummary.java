package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderOrigin;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A purchase order in a list. */
public record PurchaseOrderSummary(UUID id, String number, UUID supplierId, String supplierName,
                                   UUID deliveryLocationId, PurchaseOrderStatus status, PurchaseOrderOrigin origin,
                                   String currency, BigDecimal total, int lineCount, LocalDate expectedDeliveryDate,
                                   Instant createdAt, Instant orderedAt) {
}
