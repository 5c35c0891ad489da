package dev.pitlane.billing.paymentgateway.web;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.billing.paymentgateway.application.PaymentGatewayService;
import dev.pitlane.billing.paymentgateway.application.PaymentProvider;
import dev.pitlane.billing.paymentgateway.application.PaymentProviders;
import dev.pitlane.billing.paymentgateway.application.ProviderEvent;
import dev.pitlane.billing.paymentgateway.domain.WebhookRefused;
import dev.pitlane.billing.paymentgateway.domain.WebhookSignature;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public (no token: a provider has none), so it trusts nothing it has not verified: the signature is checked over the
 * raw bytes before the body is even parsed, and only then is the event applied as the organization it names.
 */
@RestController
@Tag(name = "Payment webhooks", description = "Signed deliveries of payment providers")
class PaymentWebhookController {

    private final PaymentProviders providers;
    private final PaymentGatewayService gateway;
    private final JsonMapper json;
    private final Clock clock;

    PaymentWebhookController(PaymentProviders providers, PaymentGatewayService gateway, Clock clock) {
        this.providers = providers;
        this.gateway = gateway;
        // a provider's events carry more than billing reads
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.clock = clock;
    }

    @PostMapping("/api/v1/payment-webhooks/{provider}")
    @Operation(summary = "A payment provider's webhook", description = "Headers Webhook-Timestamp (seconds since the "
            + "epoch) and Webhook-Signature: v1=<hex HMAC-SHA256 of '<timestamp>.<raw body>' under the provider's "
            + "secret>; at most 5 minutes off. 404 for a provider not configured; 401 webhook.secret-not-configured, "
            + "webhook.unsigned, webhook.invalid-signature, webhook.stale, and nothing changes. Each event id is "
            + "applied once: a repeat answers 200 with applied=false.")
    Map<String, Object> receive(@PathVariable String provider,
                                @RequestHeader(name = "Webhook-Timestamp", required = false) String timestamp,
                                @RequestHeader(name = "Webhook-Signature", required = false) String signature,
                                @RequestBody(required = false) byte[] body) {
        PaymentProvider configured = providers.named(provider)
                .orElseThrow(() -> DomainException.notFound("Payment provider", provider));
        byte[] raw = body == null ? new byte[0] : body;
        try {
            WebhookSignature.verify(configured.webhookSecret(), timestamp, signature, raw, clock.instant());
        } catch (WebhookRefused refused) {
            throw DomainException.unauthenticated(refused.code(), refused.getMessage());
        }
        ProviderEvent event;
        try {
            event = json.readValue(raw, ProviderEvent.class);
        } catch (RuntimeException unreadable) {
            throw DomainException.unprocessable("webhook.unreadable", "the event is not the provider's JSON");
        }
        if (event.id() == null || event.type() == null || event.data() == null || event.data().notes() == null
                || event.data().notes().organizationId() == null) {
            throw DomainException.unprocessable("webhook.unreadable", "the event needs id, type and data.notes");
        }
        boolean applied = TenantContext.callAs(Caller.system(event.data().notes().organizationId(),
                "payment-webhook:" + provider), () -> gateway.apply(provider, event));
        return Map.of("eventId", event.id(), "applied", applied);
    }
}
