package dev.pitlane.procurement.purchaseorder.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What one StockLow event led to. */
public record ReorderSuggestionView(UUID id, UUID eventId, UUID itemId, UUID locationId, BigDecimal available,
                                    BigDecimal reorderLevel, BigDecimal reorderQuantity, ReorderOutcome outcome,
                                    UUID supplierId, UUID purchaseOrderId, Instant createdAt) {
}
