package dev.pitlane.billing.invoice.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Event {@code InvoicePaid} (topic billing.invoice.v1): customer-service reads it for the vehicle's history.
 * jobCardId and vehicleId are left out for a counter sale, as its contract says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoicePaid(UUID invoiceId, String number, UUID jobCardId, UUID vehicleId, UUID customerId,
                          BigDecimal total, String currency, Instant paidAt, String invoiceDate) {
}
