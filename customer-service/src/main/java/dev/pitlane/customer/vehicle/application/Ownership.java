package dev.pitlane.customer.vehicle.application;

import java.time.Instant;
import java.util.UUID;

/** One owner of a vehicle over a period; {@code endedAt} is null for the current owner. */
public record Ownership(UUID customerId, Instant startedAt, Instant endedAt, String note) {
}
