package dev.pitlane.procurement.shipment.messaging;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.procurement.shipment.domain.Shipment;
import dev.pitlane.procurement.shipment.domain.ShipmentStatus;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/** {@code ShipmentStatusChanged} on {@code procurement.shipment.v1}, keyed by the shipment. */
@Component
public class ShipmentEvents {

    public static final String TOPIC = "procurement.shipment.v1";
    public static final String STATUS_CHANGED = "ShipmentStatusChanged";

    public record ShipmentStatusChanged(UUID shipmentId, UUID partsIssueId, UUID serviceCenterId, String carrier,
                                        String trackingNumber, ShipmentStatus previousStatus, ShipmentStatus status,
                                        String location, String note, Instant occurredAt) {
    }

    private final Outbox outbox;

    ShipmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void statusChanged(Shipment s, ShipmentStatus previous, String note, Instant occurredAt) {
        outbox.append(OutgoingEvent.v1(TOPIC, "Shipment", s.id(), STATUS_CHANGED, new ShipmentStatusChanged(s.id(),
                s.partsIssueId(), s.serviceCenterId(), s.carrier(), s.trackingNumber(), previous, s.status(),
                s.lastLocation(), note, occurredAt)));
    }
}
