package dev.pitlane.inventory.alert.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record ExpiringBatch(UUID itemId, String sku, String itemName, UUID locationId, UUID batchId,
                            String batchNumber, LocalDate expiresOn, BigDecimal onHand) {
}
