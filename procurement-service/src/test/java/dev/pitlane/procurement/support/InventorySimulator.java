package dev.pitlane.procurement.support;

import dev.pitlane.testsupport.EventContracts;

import java.util.Map;
import java.util.UUID;

/**
 * Plays inventory-service: publishes its answers as real envelopes on the real broker, exactly as its outbox
 * would, each built from a payload that fits inventory's contract.
 */
public final class InventorySimulator {

    public static final String RESERVATIONS = "inventory.reservation.v1";
    public static final String STOCK = "inventory.stock.v1";

    private InventorySimulator() {
    }

    /** An event on its topic; send it more than once to simulate a redelivery. */
    public record Envelope(String topic, EventContracts.Fixture event) {
        public UUID eventId() {
            return event.eventId();
        }
    }

    public static Envelope envelope(String topic, UUID organizationId, String aggregateType, UUID aggregateId,
                                    String eventType, Map<String, Object> data) {
        return new Envelope(topic, EventContracts.fixture("inventory-service", eventType, organizationId,
                aggregateType, aggregateId, data));
    }

    public static void send(Envelope envelope) {
        envelope.event().publishTo(envelope.topic());
    }
}
