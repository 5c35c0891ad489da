package dev.pitlane.procurement.shipment.domain;

import dev.pitlane.procurement.shared.domain.IllegalTransitionException;

import java.time.Instant;
import java.util.UUID;

/**
 * A consignment of parts on its way to a service center. Carriers report out of order and twice: a report older
 * than the latest one is kept in the history without changing the status, and so is a repeat of a final status.
 */
public final class Shipment {

    private static final String WHAT = "Shipment";

    public record State(UUID id, UUID partsIssueId, UUID serviceCenterId, UUID fromLocationId, UUID toLocationId,
                        String carrier, String trackingNumber, ShipmentStatus status, String lastLocation,
                        Instant lastEventAt, Instant createdAt, Instant dispatchedAt, Instant deliveredAt,
                        long version) {
    }

    private final State initial;
    private ShipmentStatus status;
    private String lastLocation;
    private Instant lastEventAt;
    private Instant dispatchedAt;
    private Instant deliveredAt;

    private Shipment(State s) {
        this.initial = s;
        this.status = s.status();
        this.lastLocation = s.lastLocation();
        this.lastEventAt = s.lastEventAt();
        this.dispatchedAt = s.dispatchedAt();
        this.deliveredAt = s.deliveredAt();
    }

    public static Shipment restore(State state) {
        return new Shipment(state);
    }

    public static Shipment create(UUID id, UUID partsIssueId, UUID serviceCenterId, UUID fromLocationId,
                                  UUID toLocationId, String carrier, String trackingNumber, Instant now) {
        return new Shipment(new State(id, partsIssueId, serviceCenterId, fromLocationId, toLocationId, carrier,
                trackingNumber, ShipmentStatus.CREATED, null, now, now, null, null, 0));
    }

    public TrackingResult track(ShipmentStatus reported, String location, Instant occurredAt) {
        ShipmentStatus previous = status;
        boolean late = occurredAt.isBefore(lastEventAt);
        boolean repeat = reported == status && status != ShipmentStatus.IN_TRANSIT
                && status != ShipmentStatus.EXCEPTION;
        if (late || repeat) {
            return new TrackingResult(false, previous, status);
        }
        if (!status.canBecome(reported)) {
            throw new IllegalTransitionException(WHAT, initial.trackingNumber(), status, "reported " + reported);
        }
        status = reported;
        lastEventAt = occurredAt;
        if (location != null) {
            lastLocation = location;
        }
        if (reported == ShipmentStatus.DISPATCHED) {
            dispatchedAt = occurredAt;
        } else if (reported == ShipmentStatus.DELIVERED) {
            deliveredAt = occurredAt;
        }
        return new TrackingResult(true, previous, status);
    }

    public UUID id() {
        return initial.id();
    }

    public UUID partsIssueId() {
        return initial.partsIssueId();
    }

    public UUID serviceCenterId() {
        return initial.serviceCenterId();
    }

    public UUID fromLocationId() {
        return initial.fromLocationId();
    }

    public UUID toLocationId() {
        return initial.toLocationId();
    }

    public String carrier() {
        return initial.carrier();
    }

    public String trackingNumber() {
        return initial.trackingNumber();
    }

    public Instant createdAt() {
        return initial.createdAt();
    }

    public long version() {
        return initial.version();
    }

    public ShipmentStatus status() {
        return status;
    }

    public String lastLocation() {
        return lastLocation;
    }

    public Instant lastEventAt() {
        return lastEventAt;
    }

    public Instant dispatchedAt() {
        return dispatchedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
