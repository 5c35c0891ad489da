package dev.pitlane.platform.messaging;

import java.time.Instant;
import java.util.UUID;

/** The envelope fields of a consumed event, besides its payload. */
public record EventMetadata(UUID eventId, String eventType, int eventVersion, Instant occurredAt,
                            UUID organizationId, String aggregateType, String aggregateId, String correlationId,
                            String topic, int partition, long offset) {
}
