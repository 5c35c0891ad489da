package dev.pitlane.billing.payment.application;

import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.payment.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment; {@code invoiceStatus} and {@code invoiceDue} are the invoice's right after it. */
public record PaymentView(UUID id, UUID invoiceId, String invoiceNumber, UUID customerId, PaymentMethod method,
                          BigDecimal amount, BigDecimal appliedAmount, BigDecimal advanceAmount,
                          BigDecimal refundedAmount, String reference, String provider, String providerPaymentId,
                          String currency, Instant receivedAt, InvoiceStatus invoiceStatus, BigDecimal invoiceDue) {
}
