package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.stock.domain.MovementType;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One row of the stock ledger. {@code quantity} changes on hand, {@code inTransitDelta} in transit. */
public record LedgerEntry(Long id, UUID movementId, MovementType type, UUID itemId, UUID locationId,
                          BigDecimal quantity, BigDecimal inTransitDelta, BigDecimal valueDelta, BigDecimal unitCost,
                          String reason, UUID batchId, List<String> serialNumbers, UUID binId, UUID reservationId,
                          SourceDocumentType sourceDocumentType, String sourceDocumentId, String note,
                          String postedBy, Instant postedAt, Instant effectiveAt) {
}
