package dev.pitlane.procurement.shipment.application;

import dev.pitlane.procurement.shipment.domain.ShipmentStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ShipmentView(UUID id, UUID partsIssueId, UUID serviceCenterId, UUID fromLocationId, UUID toLocationId,
                           String carrier, String trackingNumber, ShipmentStatus status, String lastLocation,
                           Instant lastEventAt, Instant createdAt, Instant dispatchedAt, Instant deliveredAt,
                           List<Line> lines, List<TrackingEventView> trackingEvents) {

    public record Line(UUID lineId, UUID itemId, String sku, BigDecimal quantity) {
    }

    public ShipmentView with(List<Line> lines, List<TrackingEventView> events) {
        return new ShipmentView(id, partsIssueId, serviceCenterId, fromLocationId, toLocationId, carrier,
                trackingNumber, status, lastLocation, lastEventAt, createdAt, dispatchedAt, deliveredAt, lines, events);
    }
}
