package dev.pitlane.workshop.appointment.persistence;

import dev.pitlane.workshop.shared.domain.TimeRange;

import java.time.Instant;
import java.util.UUID;

/** An appointment's hold on a bay and a technician, as availability reads it. */
public record Booking(UUID appointmentId, UUID bayId, UUID technicianId, Instant startsAt, Instant endsAt) {

    public TimeRange range() {
        return new TimeRange(startsAt, endsAt);
    }
}
