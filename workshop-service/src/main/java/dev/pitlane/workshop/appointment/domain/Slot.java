package dev.pitlane.workshop.appointment.domain;

import dev.pitlane.workshop.shared.domain.TimeRange;

import java.util.UUID;

/** A free time with the bay and the technician that would take it. */
public record Slot(TimeRange range, UUID bayId, UUID technicianId) {
}
