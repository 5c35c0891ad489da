package dev.pitlane.customer.feedback.application;

import java.time.LocalDate;
import java.util.UUID;

/** Feedback about a job card or a visit (a date at a service center): one of the two must be named. */
public record NewFeedback(UUID customerId, UUID vehicleId, UUID jobCardId, UUID serviceCenterId, LocalDate visitDate,
                          Integer rating, String comment) {
}
