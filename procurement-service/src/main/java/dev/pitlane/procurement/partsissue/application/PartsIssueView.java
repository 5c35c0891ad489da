package dev.pitlane.procurement.partsissue.application;

import dev.pitlane.procurement.partsissue.domain.PartsIssueStatus;
import dev.pitlane.procurement.shared.application.HistoryEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record PartsIssueView(UUID id, String number, UUID serviceCenterId, UUID fromLocationId, UUID toLocationId,
                             PartsIssueStatus status, String note, String requestedBy, Instant requestedAt,
                             String approvedBy, Instant approvedAt, UUID reservationId, Boolean reservationPartial,
                             Instant reservationReleasedAt, String closedReason, UUID shipmentId,
                             Instant dispatchedAt, Instant receivedAt, Instant updatedAt, long version,
                             List<Line> lines, List<HistoryEntry> history) {

    public record Line(UUID id, int lineNumber, UUID itemId, String sku, String description,
                       BigDecimal requestedQuantity, BigDecimal approvedQuantity, BigDecimal dispatchedQuantity,
                       BigDecimal receivedQuantity, BigDecimal damagedQuantity, BigDecimal shortQuantity) {
    }

    public PartsIssueView with(List<Line> lines, List<HistoryEntry> history) {
        return new PartsIssueView(id, number, serviceCenterId, fromLocationId, toLocationId, status, note,
                requestedBy, requestedAt, approvedBy, approvedAt, reservationId, reservationPartial,
                reservationReleasedAt, closedReason, shipmentId, dispatchedAt, receivedAt, updatedAt, version, lines,
                history);
    }
}
