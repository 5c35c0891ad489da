package dev.pitlane.billing.payment.application;

import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A refund; {@code fromInvoice} is what the invoice has due again because of it. */
public record RefundView(UUID id, UUID paymentId, UUID invoiceId, BigDecimal amount, BigDecimal fromInvoice,
                         String reason, Instant refundedAt, InvoiceStatus invoiceStatus, BigDecimal invoiceDue) {
}
