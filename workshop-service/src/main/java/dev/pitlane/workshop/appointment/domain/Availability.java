package dev.pitlane.workshop.appointment.domain;

import dev.pitlane.workshop.shared.domain.TimeRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Free slots for a job of a given length on one day: every start on the center's grid (opening time plus whole
 * steps) from which the job ends by closing time, while a bay of the right type and a technician who works then
 * are both free for its whole length. Booking asks the same question for one start, so it takes exactly the bay
 * and technician the availability offered; the database's exclusion constraints decide between two bookings
 * that race for them.
 */
public final class Availability {

    private final TimeRange open;
    private final Duration step;
    private final Capacity capacity;

    public Availability(TimeRange open, Duration step, Capacity capacity) {
        this.open = open;
        this.step = step;
        this.capacity = capacity;
    }

    /** Every free slot of {@code length} on the day that starts at or after {@code notBefore}. */
    public List<Slot> freeSlots(Duration length, Instant notBefore) {
        List<Slot> slots = new ArrayList<>();
        for (Instant start = open.start(); !start.plus(length).isAfter(open.end()); start = start.plus(step)) {
            if (!start.isBefore(notBefore)) {
                slotAt(TimeRange.of(start, length)).ifPresent(slots::add);
            }
        }
        return slots;
    }

    /** The bay and technician that would take {@code range}, if it is on the grid and free. */
    public Optional<Slot> freeAt(TimeRange range) {
        boolean onGrid = open.contains(range)
                && Duration.between(open.start(), range.start()).toMillis() % step.toMillis() == 0;
        return onGrid ? slotAt(range) : Optional.empty();
    }

    private Optional<Slot> slotAt(TimeRange range) {
        Optional<UUID> bay = capacity.bays().stream().filter(b -> capacity.isFree(b, range)).findFirst();
        if (bay.isEmpty()) {
            return Optional.empty();
        }
        return capacity.technicians().stream()
                .filter(t -> t.works().contains(range) && capacity.isFree(t.id(), range))
                .findFirst()
                .map(t -> new Slot(range, bay.get(), t.id()));
    }
}
