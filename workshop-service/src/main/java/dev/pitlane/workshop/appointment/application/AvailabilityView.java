package dev.pitlane.workshop.appointment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The free slots of one center on one day for one canned job, in the center's local time too. */
public record AvailabilityView(UUID serviceCenterId, LocalDate date, UUID cannedJobId, long durationMinutes,
                               List<FreeSlot> slots) {

    public record FreeSlot(Instant startsAt, Instant endsAt, LocalTime localStart) {
    }
}
