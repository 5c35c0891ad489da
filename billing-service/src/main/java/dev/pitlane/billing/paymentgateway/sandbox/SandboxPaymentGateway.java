package dev.pitlane.billing.paymentgateway.sandbox;

import dev.pitlane.billing.paymentgateway.application.PaymentGateway;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The sandbox provider of devstack and the tests: an order is an id and a link under the configured base URL;
 * whoever plays the provider (a test, a person with curl) signs its webhooks with the configured secret. A real
 * provider's adapter calls its API here instead.
 */
public class SandboxPaymentGateway implements PaymentGateway {

    private final String provider;
    private final String linkBaseUrl;

    public SandboxPaymentGateway(String provider, String linkBaseUrl) {
        this.provider = provider;
        this.linkBaseUrl = linkBaseUrl;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public ProviderOrder createOrder(UUID organizationId, UUID invoiceId, String invoiceNumber, BigDecimal amount) {
        String orderId = "sbx_order_" + UUID.randomUUID().toString().replace("-", "");
        return new ProviderOrder(orderId, linkBaseUrl + orderId);
    }
}
