package dev.pitlane.inventory.count.application;

import dev.pitlane.inventory.count.domain.CountStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record CycleCountView(UUID id, UUID locationId, CountStatus status, String note, String countedBy,
                             Instant countedAt, String decidedBy, Instant decidedAt, UUID movementId,
                             List<Line> lines) {

    public record Line(UUID itemId, BigDecimal expectedQuantity, BigDecimal countedQuantity, BigDecimal difference) {
    }
}
