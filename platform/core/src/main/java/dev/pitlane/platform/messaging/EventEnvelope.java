package dev.pitlane.platform.messaging;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * The one envelope every event travels in (see ARCHITECTURE.md). {@code data} is the event type's own payload,
 * described by {@code contracts/events/<service>/<EventType>.v<N>.schema.json}.
 */
public record EventEnvelope(UUID eventId, String eventType, int eventVersion, Instant occurredAt,
                            UUID organizationId, String aggregateType, String aggregateId, String correlationId,
                            JsonNode data) {
}
