package dev.pitlane.reporting.stock.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Stock value now, per location and in total, as inventory's valuation reports it. */
public record StockValuation(BigDecimal totalValue, List<LocationValue> locations) {

    public record LocationValue(UUID locationId, BigDecimal value, long positions, long lowPositions) {
    }
}
