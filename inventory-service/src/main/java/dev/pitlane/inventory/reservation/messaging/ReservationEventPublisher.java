package dev.pitlane.inventory.reservation.messaging;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Reservation events on {@code inventory.reservation.v1}, keyed by the reference (e.g. the parts issue) so that
 * everything about one reference arrives in order.
 */
@Component
public class ReservationEventPublisher {

    public static final String TOPIC = "inventory.reservation.v1";

    public record StockReserved(UUID reservationId, String referenceType, String referenceId, UUID locationId,
                                boolean partial, List<ReservedLine> lines) {
    }

    public record ReservedLine(UUID lineId, UUID itemId, BigDecimal requestedQuantity, BigDecimal reservedQuantity) {
    }

    public record ReservationRejected(String referenceType, String referenceId, UUID locationId, String reason,
                                      List<RejectedLine> lines) {
    }

    public record RejectedLine(UUID lineId, UUID itemId, BigDecimal requestedQuantity, BigDecimal availableQuantity) {
    }

    public record ReservationReleased(UUID reservationId, String referenceType, String referenceId,
                                      List<ReleasedLine> lines) {
    }

    public record ReleasedLine(UUID itemId, BigDecimal quantity) {
    }

    private final Outbox outbox;

    public ReservationEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void reserved(StockReserved event) {
        outbox.append(OutgoingEvent.v1(TOPIC, "Reservation", event.referenceId(), "StockReserved", event));
    }

    public void rejected(ReservationRejected event) {
        outbox.append(OutgoingEvent.v1(TOPIC, "Reservation", event.referenceId(), "ReservationRejected", event));
    }

    public void released(ReservationReleased event) {
        outbox.append(OutgoingEvent.v1(TOPIC, "Reservation", event.referenceId(), "ReservationReleased", event));
    }
}
