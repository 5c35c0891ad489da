package dev.pitlane.procurement.purchaseorder.application;

import java.math.BigDecimal;
import java.util.UUID;

/** Inventory's word that an item ran low at a location, and how much its reorder rule orders. */
public record StockLowSignal(UUID eventId, UUID itemId, UUID locationId, BigDecimal available,
                             BigDecimal reorderLevel, BigDecimal reorderQuantity) {
}
