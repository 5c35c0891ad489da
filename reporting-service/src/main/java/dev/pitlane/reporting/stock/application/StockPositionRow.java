package dev.pitlane.reporting.stock.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An item's stock at a location as inventory's last event told it; {@code value} null when it published none. */
public record StockPositionRow(UUID itemId, UUID locationId, BigDecimal onHand, BigDecimal reserved,
                               BigDecimal available, BigDecimal inTransit, BigDecimal value, BigDecimal reorderLevel,
                               boolean low, Instant lastMovedAt) {
}
