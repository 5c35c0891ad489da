package dev.pitlane.procurement.partsissue.messaging;

import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import dev.pitlane.procurement.partsissue.application.InventoryAnswers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
@Configuration(proxyBeanMethods = false)
class InventoryReservationHandlers {

    static final String PARTS_ISSUE = "PARTS_ISSUE";

    record ReservedLine(UUID lineId, UUID itemId, BigDecimal requestedQuantity, BigDecimal reservedQuantity) {
    }

    record StockReserved(UUID reservationId, String referenceType, String referenceId, UUID locationId,
                         boolean partial, List<ReservedLine> lines) {
    }

    record ReservationRejected(String referenceType, String referenceId, UUID locationId, String reason) {
    }

    record ReservationReleased(UUID reservationId, String referenceType, String referenceId) {
    }

    private final InventoryAnswers answers;

    InventoryReservationHandlers(InventoryAnswers answers) {
        this.answers = answers;
    }

    @Bean
    EventHandlers reservationHandlers() {
        return EventHandlers.forTopic("inventory.reservation.v1")
                .on("StockReserved", StockReserved.class, this::reserved)
                .on("ReservationRejected", ReservationRejected.class, this::rejected)
                .on("ReservationReleased", ReservationReleased.class, this::released)
                .build();
    }

    private void reserved(StockReserved event, EventMetadata metadata) {
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

    private void rejected(ReservationRejected event, EventMetadata metadata) {
        partsIssue(event.referenceType(), event.referenceId(), metadata)
                .ifPresent(issue -> answers.reservationRejected(issue, event.reason()));
    }

    private void released(ReservationReleased event, EventMetadata metadata) {
        partsIssue(event.referenceType(), event.referenceId(), metadata).ifPresent(answers::reservationReleased);
    }

    /** The parts issue a reservation event is about; empty for any other kind of reference. */
    private static Optional<UUID> partsIssue(String referenceType, String referenceId, EventMetadata metadata) {
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
}
