package dev.pitlane.billing.paymentgateway.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider's webhook event, once its signature passed: {@code payment.captured} carries the order, the provider's
 * payment id and the amount; the organization is what billing gave the order at creation.
 */
public record ProviderEvent(String id, String type, Instant createdAt, Data data) {

    public record Data(String orderId, String paymentId, BigDecimal amount, String currency, Notes notes) {
    }

    public record Notes(UUID organizationId, UUID invoiceId) {
    }
}
