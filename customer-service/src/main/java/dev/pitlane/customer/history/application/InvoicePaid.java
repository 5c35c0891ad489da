package dev.pitlane.customer.history.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What this service reads of billing-service's {@code InvoicePaid} (topic {@code billing.invoice.v1}). */
public record InvoicePaid(UUID invoiceId, String number, UUID jobCardId, UUID vehicleId, UUID customerId,
                          BigDecimal total, String currency, Instant paidAt) {
}
