package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What one batch holds at one location. */
public record BatchStock(UUID batchId, String batchNumber, LocalDate expiresOn, BigDecimal onHand,
                         BigDecimal inTransit) {
}
