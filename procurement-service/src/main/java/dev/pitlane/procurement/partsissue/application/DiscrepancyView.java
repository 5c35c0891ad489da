package dev.pitlane.procurement.partsissue.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A line that did not arrive whole: what was dispatched, received, damaged in transit and missing. */
public record DiscrepancyView(UUID id, UUID partsIssueId, String partsIssueNumber, UUID lineId, UUID serviceCenterId,
                              UUID shipmentId, UUID itemId, String sku, BigDecimal dispatchedQuantity,
                              BigDecimal receivedQuantity, BigDecimal damagedQuantity, BigDecimal shortQuantity,
                              String note, String recordedBy, Instant recordedAt) {
}
