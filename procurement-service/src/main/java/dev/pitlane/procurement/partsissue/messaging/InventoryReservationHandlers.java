package dev.pitlane.procurement.partsissue.messaging;

import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import dev.pitlane.procurement.partsissue.application.InventoryAnswers;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Our reading of inventory's {@code inventory.reservation.v1}: only the fields we use, and only reservations made
 * for parts issues. {@code referenceId} stays a string: other reference types (job cards, sales orders) need not
 * use UUIDs, and their events must pass by without failing.
 */
final class InventoryReservationHandlers {

    static final String PARTS_ISSUE = "PARTS_ISSUE";

    private InventoryReservationHandlers() {
    }

    record ReservedLine(UUID lineId, UUID itemId, BigDecimal requestedQuantity, BigDecimal reservedQuantity) {
    }

    record StockReserved(UUID reservationId, String referenceType, String referenceId, UUID locationId,
                         boolean partial, List<ReservedLine> lines) {
    }

    record ReservationRejected(String referenceType, String referenceId, UUID locationId, String reason) {
    }

    record ReservationReleased(UUID reservationId, String referenceType, String referenceId) {
    }

    /** The parts issue a reservation event is about; empty for any other kind of reference. */
    static Optional<UUID> partsIssue(String referenceType, String referenceId, EventMetadata metadata) {
        if (!PARTS_ISSUE.equals(referenceType)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(referenceId));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PoisonEventException(metadata.eventType() + " " + metadata.eventId()
                    + " refers to parts issue '" + referenceId + "', which is no id of ours");
        }
    }

    @Component
    static class OnStockReserved implements EventHandler<StockReserved> {

        private final InventoryAnswers answers;

        OnStockReserved(InventoryAnswers answers) {
            this.answers = answers;
        }

        @Override
        public String eventType() {
            return "StockReserved";
        }

        @Override
        public Class<StockReserved> payloadType() {
            return StockReserved.class;
        }

        @Override
        public void handle(StockReserved event, EventMetadata metadata) {
            Optional<UUID> issue = partsIssue(event.referenceType(), event.referenceId(), metadata);
            if (issue.isEmpty()) {
                return;
            }
            if (event.reservationId() == null) {
                throw new PoisonEventException("StockReserved " + metadata.eventId() + " has no reservationId");
            }
            Map<UUID, BigDecimal> reserved = new HashMap<>();
            if (event.lines() != null) {
                event.lines().stream().filter(l -> l.lineId() != null && l.reservedQuantity() != null)
                        .forEach(l -> reserved.merge(l.lineId(), l.reservedQuantity(), BigDecimal::add));
            }
            answers.stockReserved(issue.get(), event.reservationId(), event.partial(), reserved);
        }
    }

    @Component
    static class OnReservationRejected implements EventHandler<ReservationRejected> {

        private final InventoryAnswers answers;

        OnReservationRejected(InventoryAnswers answers) {
            this.answers = answers;
        }

        @Override
        public String eventType() {
            return "ReservationRejected";
        }

        @Override
        public Class<ReservationRejected> payloadType() {
            return ReservationRejected.class;
        }

        @Override
        public void handle(ReservationRejected event, EventMetadata metadata) {
            partsIssue(event.referenceType(), event.referenceId(), metadata)
                    .ifPresent(issue -> answers.reservationRejected(issue, event.reason()));
        }
    }

    @Component
    static class OnReservationReleased implements EventHandler<ReservationReleased> {

        private final InventoryAnswers answers;

        OnReservationReleased(InventoryAnswers answers) {
            this.answers = answers;
        }

        @Override
        public String eventType() {
            return "ReservationReleased";
        }

        @Override
        public Class<ReservationReleased> payloadType() {
            return ReservationReleased.class;
        }

        @Override
        public void handle(ReservationReleased event, EventMetadata metadata) {
            partsIssue(event.referenceType(), event.referenceId(), metadata)
                    .ifPresent(answers::reservationReleased);
        }
    }
}
