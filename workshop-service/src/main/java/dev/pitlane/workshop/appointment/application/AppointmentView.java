package dev.pitlane.workshop.appointment.application;

import dev.pitlane.workshop.appointment.domain.AppointmentStatus;
import dev.pitlane.workshop.appointment.persistence.Appointment;

import java.time.Instant;
import java.util.UUID;

public record AppointmentView(UUID id, UUID serviceCenterId, UUID cannedJobId, UUID customerId, UUID vehicleId,
                              UUID bayId, UUID technicianId, Instant startsAt, Instant endsAt,
                              AppointmentStatus status, String notes, String cancelReason, String bookedBy,
                              long version) {

    static AppointmentView of(Appointment a) {
        return new AppointmentView(a.id(), a.serviceCenterId(), a.cannedJobId(), a.customerId(), a.vehicleId(),
                a.bayId(), a.technicianId(), a.range().start(), a.range().end(), a.status(), a.notes(),
                a.cancelReason(), a.bookedBy(), a.version());
    }
}
