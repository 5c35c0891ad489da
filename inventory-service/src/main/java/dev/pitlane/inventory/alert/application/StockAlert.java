package dev.pitlane.inventory.alert.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An item at a location that needs attention: low (available under the reorder level) or dead (no movement). */
public record StockAlert(UUID itemId, String sku, String itemName, UUID locationId, BigDecimal onHand,
                         BigDecimal available, BigDecimal reorderLevel, BigDecimal reorderQuantity, BigDecimal value,
                         Instant lastMovementAt) {
}
