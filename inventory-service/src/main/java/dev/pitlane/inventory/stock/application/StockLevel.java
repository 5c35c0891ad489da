package dev.pitlane.inventory.stock.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A balance with the item's SKU and name, as stock lists show it. */
public record StockLevel(UUID itemId, String sku, String itemName, UUID locationId, BigDecimal onHand,
                         BigDecimal reserved, BigDecimal available, BigDecimal inTransit, BigDecimal value,
                         BigDecimal reorderLevel, BigDecimal reorderQuantity, boolean lowStock,
                         Instant lastMovementAt) {
}
