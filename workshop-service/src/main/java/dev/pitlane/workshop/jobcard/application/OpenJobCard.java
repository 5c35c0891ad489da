package dev.pitlane.workshop.jobcard.application;

import dev.pitlane.workshop.jobcard.persistence.JobCard;

import java.util.UUID;

/** From a checked-in appointment (which names center, customer and vehicle), or a walk-in naming them itself. */
public record OpenJobCard(UUID appointmentId, UUID serviceCenterId, UUID customerId, UUID vehicleId,
                          JobCard.Intake intake) {
}
