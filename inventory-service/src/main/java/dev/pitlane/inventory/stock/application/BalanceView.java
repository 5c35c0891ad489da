package dev.pitlane.inventory.stock.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record BalanceView(UUID itemId, UUID locationId, BigDecimal onHand, BigDecimal reserved, BigDecimal available,
                          BigDecimal inTransit, BigDecimal value, BigDecimal reorderLevel,
                          BigDecimal reorderQuantity, boolean lowStock, Instant lastMovementAt) {
}
