package dev.pitlane.billing.paymentgateway.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A payment provider, as billing needs it: an order (with a payment link the customer opens) for an amount of an
 * invoice. Captures and refunds come back as signed webhooks.
 */
public interface PaymentGateway {

    /** The provider's name in configuration and in the webhook path. */
    String provider();

    /**
     * Creates the order at the provider; the organization travels with it (the provider echoes it in every webhook
     * of the order), so a webhook names the tenant it belongs to.
     */
    ProviderOrder createOrder(UUID organizationId, UUID invoiceId, String invoiceNumber, BigDecimal amount);

    record ProviderOrder(String providerOrderId, String linkUrl) {
    }
}
