package dev.pitlane.workshop.appointment.application;

import java.time.Instant;
import java.util.UUID;

public record NewAppointment(UUID serviceCenterId, UUID cannedJobId, UUID customerId, UUID vehicleId,
                             Instant startsAt, String notes) {
}
