package dev.pitlane.inventory.count.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One counted item: the book said {@code expected}, the shelf had {@code counted}. */
public record CountLine(UUID itemId, BigDecimal expectedQuantity, BigDecimal countedQuantity) {

    public BigDecimal difference() {
        return countedQuantity.subtract(expectedQuantity);
    }
}
