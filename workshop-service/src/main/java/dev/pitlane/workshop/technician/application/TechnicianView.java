package dev.pitlane.workshop.technician.application;

import dev.pitlane.workshop.center.domain.DailyHours;
import dev.pitlane.workshop.technician.persistence.Technician;

import java.util.List;
import java.util.UUID;

/** A technician; {@code shifts} empty means the center's hours. */
public record TechnicianView(UUID id, String email, String firstName, String lastName, boolean active,
                             List<UUID> serviceCenterIds, List<String> skills, List<DailyHours> shifts, long version) {

    static TechnicianView of(Technician t) {
        return new TechnicianView(t.id(), t.email(), t.firstName(), t.lastName(), t.active(), t.serviceCenterIds(),
                t.skills(), t.shifts(), t.version());
    }
}
