package dev.pitlane.procurement.partsissue.application;

import dev.pitlane.procurement.partsissue.domain.PartsIssueStatus;

import java.time.Instant;
import java.util.UUID;

public record PartsIssueSummary(UUID id, String number, UUID serviceCenterId, UUID fromLocationId,
                                UUID toLocationId, PartsIssueStatus status, String requestedBy, Instant requestedAt,
                                int lineCount, UUID shipmentId, Instant updatedAt) {
}
