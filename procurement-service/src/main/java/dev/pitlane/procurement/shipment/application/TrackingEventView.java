package dev.pitlane.procurement.shipment.application;

import dev.pitlane.procurement.shipment.domain.ShipmentStatus;

import java.time.Instant;

/**
 * One report in a shipment's history; {@code applied} is false for a late or repeated report that did not change
 * the shipment. {@code shipmentStatus} is the shipment's status after this report was recorded.
 */
public record TrackingEventView(long id, ShipmentStatus status, String location, String note, Instant occurredAt,
                                Instant recordedAt, String recordedBy, boolean applied,
                                ShipmentStatus shipmentStatus) {
}
