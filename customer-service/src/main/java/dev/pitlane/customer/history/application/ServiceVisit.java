package dev.pitlane.customer.history.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One visit of a vehicle to a service center: the job card closed in the workshop and, once paid, its invoice.
 * Either half may be missing while its event has not arrived yet.
 */
public record ServiceVisit(UUID id, UUID jobCardId, String jobCardNumber, UUID vehicleId, UUID customerId,
                           UUID serviceCenterId, Instant closedAt, Integer odometerKm, String summary, List<Line> lines,
                           Invoice invoice) {

    public record Line(String description, String kind, BigDecimal quantity) {
    }

    public record Invoice(UUID invoiceId, String number, BigDecimal total, String currency, Instant paidAt) {
    }
}
