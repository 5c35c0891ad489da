package dev.pitlane.customer.feedback.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A customer's rating and comment about a job card or a visit, and the dealer's response to it. */
public record Feedback(UUID id, UUID customerId, UUID vehicleId, UUID jobCardId, UUID serviceCenterId,
                       LocalDate visitDate, int rating, String comment, String submittedBy, Instant submittedAt,
                       String response, String respondedBy, Instant respondedAt) {
}
