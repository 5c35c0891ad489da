package dev.pitlane.billing.payment.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Event {@code PaymentReceived} (topic billing.payment.v1); schema in contracts/events/billing-service. */
public record PaymentReceived(UUID paymentId, UUID invoiceId, String invoiceNumber, UUID customerId, String method,
                              BigDecimal amount, BigDecimal appliedAmount, BigDecimal advanceAmount, String currency,
                              Instant receivedAt) {
}
