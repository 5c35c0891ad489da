package dev.pitlane.procurement.shipment.application;

import dev.pitlane.procurement.shipment.domain.ShipmentStatus;

import java.time.Instant;

public record TrackingReport(ShipmentStatus status, String location, String note, Instant occurredAt) {
}
