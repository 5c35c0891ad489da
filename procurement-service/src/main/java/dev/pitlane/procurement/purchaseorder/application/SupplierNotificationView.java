package dev.pitlane.procurement.purchaseorder.application;

import java.time.Instant;
import java.util.UUID;

/** One attempt to tell a supplier about an order: SENT or FAILED, with the adapter's detail. */
public record SupplierNotificationView(UUID id, UUID purchaseOrderId, UUID supplierId, String channel,
                                       String status, String detail, Instant attemptedAt, String attemptedBy) {
}
