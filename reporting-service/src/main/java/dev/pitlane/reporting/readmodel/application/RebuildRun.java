package dev.pitlane.reporting.readmodel.application;

import java.time.Instant;
import java.util.UUID;

/** A rebuild an admin asked for, and how it went. */
public record RebuildRun(UUID id, String model, String status, String requestedBy, Instant startedAt,
                         Instant finishedAt, long eventsApplied, String error) {
}
