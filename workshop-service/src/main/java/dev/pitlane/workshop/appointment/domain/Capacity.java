package dev.pitlane.workshop.appointment.domain;

import dev.pitlane.workshop.shared.domain.TimeRange;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a center can give a job on one day: the bays of the type the job needs, the technicians who may do it with
 * the hours each works that day, and what is already booked for each of them (at any center, for technicians).
 * Bays and technicians are listed in the order they are offered: the first free one takes a slot.
 */
public record Capacity(List<UUID> bays, List<Crew> technicians, Map<UUID, List<TimeRange>> busy) {

    /** A technician and the time they work on the day (their shift, or the center's hours). */
    public record Crew(UUID id, TimeRange works) {
    }

    public Capacity {
        bays = List.copyOf(bays);
        technicians = List.copyOf(technicians);
        busy = Map.copyOf(busy);
    }

    boolean isFree(UUID resource, TimeRange range) {
        return busy.getOrDefault(resource, List.of()).stream().noneMatch(range::overlaps);
    }
}
