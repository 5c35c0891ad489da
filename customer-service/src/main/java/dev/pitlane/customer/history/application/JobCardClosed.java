package dev.pitlane.customer.history.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What this service reads of workshop-service's {@code JobCardClosed} (topic {@code workshop.job-card.v1}). */
public record JobCardClosed(UUID jobCardId, String number, UUID vehicleId, UUID customerId, UUID serviceCenterId,
                            Instant closedAt, Integer odometer, String summary, List<Line> lines) {

    public record Line(String description, String kind, BigDecimal quantity) {
    }
}
