package dev.pitlane.workshop.appointment.application;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.workshop.appointment.persistence.Appointment;

import java.time.Instant;
import java.util.UUID;

/** workshop.appointment.v1, in the transaction of the change (contracts/events/workshop-service). */
class AppointmentEvents {

    static final String TOPIC = "workshop.appointment.v1";

    record Booked(UUID appointmentId, UUID serviceCenterId, UUID cannedJobId, UUID customerId, UUID vehicleId,
                  UUID bayId, UUID technicianId, Instant startsAt, Instant endsAt, String bookedBy) {
    }

    record Rescheduled(UUID appointmentId, UUID serviceCenterId, UUID customerId, UUID vehicleId, UUID bayId,
                       UUID technicianId, Instant previousStartsAt, Instant startsAt, Instant endsAt) {
    }

    record Cancelled(UUID appointmentId, UUID serviceCenterId, UUID customerId, UUID vehicleId, Instant startsAt,
                     String reason) {
    }

    private final Outbox outbox;

    AppointmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void booked(Appointment a) {
        publish(a, "AppointmentBooked", new Booked(a.id(), a.serviceCenterId(), a.cannedJobId(), a.customerId(),
                a.vehicleId(), a.bayId(), a.technicianId(), a.range().start(), a.range().end(), a.bookedBy()));
    }

    void rescheduled(Appointment a, Instant previousStart) {
        publish(a, "AppointmentRescheduled", new Rescheduled(a.id(), a.serviceCenterId(), a.customerId(),
                a.vehicleId(), a.bayId(), a.technicianId(), previousStart, a.range().start(), a.range().end()));
    }

    void cancelled(Appointment a) {
        publish(a, "AppointmentCancelled", new Cancelled(a.id(), a.serviceCenterId(), a.customerId(),
                a.vehicleId(), a.range().start(), a.cancelReason()));
    }

    private void publish(Appointment a, String type, Object data) {
        outbox.append(OutgoingEvent.v1(TOPIC, "Appointment", a.id(), type, data));
    }
}
