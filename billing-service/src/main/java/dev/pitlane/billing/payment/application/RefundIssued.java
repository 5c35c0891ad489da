package dev.pitlane.billing.payment.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Event {@code RefundIssued} (topic billing.payment.v1); schema in contracts/events/billing-service. */
public record RefundIssued(UUID refundId, UUID paymentId, UUID invoiceId, String invoiceNumber, UUID customerId,
                           BigDecimal amount, BigDecimal fromInvoice, String currency, String reason,
                           Instant refundedAt) {
}
