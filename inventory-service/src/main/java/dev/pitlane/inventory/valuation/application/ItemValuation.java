package dev.pitlane.inventory.valuation.application;

import java.math.BigDecimal;
import java.util.UUID;

/** One item's quantity owned and value at the end of a day; the average cost is today's. */
public record ItemValuation(UUID itemId, String sku, String name, BigDecimal quantity, BigDecimal value,
                            BigDecimal currentAverageCost) {
}
