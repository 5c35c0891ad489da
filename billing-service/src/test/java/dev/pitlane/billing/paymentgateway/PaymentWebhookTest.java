package dev.pitlane.billing.paymentgateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.paymentgateway.domain.WebhookSignature;
import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.TestHttp;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Webhooks fail closed: only a fresh delivery signed with the configured secret changes anything, and only once. */
class PaymentWebhookTest extends BillingTestBase {

    record Link(Org org, String invoice, String orderId, BigDecimal amount) {
    }

    private Link linkFor(String amount) {
        Org org = newOrg().withSeries("WEB-");
        String invoice = org.issued();
        var link = org.advisor().post("/api/v1/invoices/" + invoice + "/payment-links",
                "{\"provider\": \"sandbox\", \"amount\": " + amount + "}", "Idempotency-Key", key());
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        assertThat(link.<String>json("$.linkUrl")).startsWith("https://sandbox.pay.local/pay/sbx_order_");
        return new Link(org, invoice, link.json("$.providerOrderId"), new BigDecimal(amount));
    }

    private static String captured(Link link, String eventId) {
        return """
                {"id": "%s", "type": "payment.captured", "createdAt": "%s",
                 "data": {"orderId": "%s", "paymentId": "sbx_pay_%s", "amount": %s, "currency": "INR",
                          "notes": {"organizationId": "%s", "invoiceId": "%s"}, "method": "upi"}}"""
                .formatted(eventId, Instant.now(), link.orderId(), eventId, link.amount(), link.org().id,
                        link.invoice());
    }

    private TestHttp.Response deliver(String provider, String body, Instant signedAt, String secret) {
        String timestamp = String.valueOf(signedAt.getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http().post("/api/v1/payment-webhooks/" + provider, body, "Webhook-Timestamp", timestamp,
                "Webhook-Signature", WebhookSignature.header(secret, timestamp, bytes));
    }

    private static List<Object> payments(Link link) {
        return link.org().accountant().get("/api/v1/payments?invoiceId=" + link.invoice()).json("$[*].id");
    }

    @Test
    void aSignedCaptureBecomesAGatewayPaymentOfTheInvoice() {
        Link link = linkFor("1000.00");

        var delivered = deliver("sandbox", captured(link, "evt_" + UUID.randomUUID()), Instant.now(), WEBHOOK_SECRET);

        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(delivered.<Boolean>json("$.applied")).isTrue();
        var payment = link.org().accountant().get("/api/v1/payments?invoiceId=" + link.invoice());
        assertThat(payment.<String>json("$[0].method")).isEqualTo("GATEWAY");
        assertThat(payment.<String>json("$[0].provider")).isEqualTo("sandbox");
        assertThat(amount(payment, "$[0].amount")).isEqualByComparingTo("1000.00");
        assertThat(link.org().accountant().get("/api/v1/invoices/" + link.invoice()).<String>json("$.status"))
                .isEqualTo("PARTIALLY_PAID");
    }

    @Test
    void aWebhookDeliveredThreeTimesAtOnceMakesOnePayment() throws Exception {
        Link link = linkFor("500.00");
        String body = captured(link, "evt_" + UUID.randomUUID());

        List<TestHttp.Response> answers = Concurrently.run(3, () -> deliver("sandbox", body, Instant.now(),
                WEBHOOK_SECRET));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> Boolean.TRUE.equals(a.json("$.applied")))).hasSize(1);
        assertThat(payments(link)).hasSize(1);
    }

    @Test
    void aReplayedEventIsAppliedOnceEvenFreshlySigned() {
        Link link = linkFor("500.00");
        String body = captured(link, "evt_" + UUID.randomUUID());

        deliver("sandbox", body, Instant.now(), WEBHOOK_SECRET);
        var replay = deliver("sandbox", body, Instant.now().plusSeconds(30), WEBHOOK_SECRET);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.<Boolean>json("$.applied")).isFalse();
        assertThat(payments(link)).hasSize(1);
    }

    @Test
    void aForgedStaleOrUnsignedDeliveryIsRefusedAndChangesNothing() {
        Link link = linkFor("500.00");
        String body = captured(link, "evt_" + UUID.randomUUID());

        var forged = deliver("sandbox", body, Instant.now(), "a-guessed-secret");
        var tampered = deliver("sandbox", body, Instant.now(), WEBHOOK_SECRET);
        var stale = deliver("sandbox", captured(link, "evt_" + UUID.randomUUID()),
                Instant.now().minusSeconds(301), WEBHOOK_SECRET);
        var unsigned = http().post("/api/v1/payment-webhooks/sandbox", body);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        var bodyChanged = http().post("/api/v1/payment-webhooks/sandbox", body.replace("500.00", "50000.00"),
                "Webhook-Timestamp", timestamp, "Webhook-Signature",
                WebhookSignature.header(WEBHOOK_SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8)));

        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.<String>json("$.code")).isEqualTo("webhook.invalid-signature");
        assertThat(stale.<String>json("$.code")).isEqualTo("webhook.stale");
        assertThat(unsigned.<String>json("$.code")).isEqualTo("webhook.unsigned");
        assertThat(bodyChanged.<String>json("$.code")).isEqualTo("webhook.invalid-signature");
        // only the one correctly signed delivery counted
        assertThat(tampered.status()).isEqualTo(200);
        assertThat(payments(link)).hasSize(1);
    }

    @Test
    void aProviderWithoutASecretRefusesEverythingAndAnUnknownOneIsNotFound() {
        Link link = linkFor("500.00");
        String body = captured(link, "evt_" + UUID.randomUUID());

        var noSecret = deliver("unconfigured", body, Instant.now(), "anything");
        var unknown = deliver("paypalish", body, Instant.now(), WEBHOOK_SECRET);

        assertThat(noSecret.status()).isEqualTo(401);
        assertThat(noSecret.<String>json("$.code")).isEqualTo("webhook.secret-not-configured");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(payments(link)).isEmpty();
    }

    @Test
    void aCaptureBeyondWhatIsDueByThenIsKeptAsTheCustomersAdvance() {
        Link link = linkFor("1000.00");
        BigDecimal total = amount(link.org().accountant().get("/api/v1/invoices/" + link.invoice()),
                "$.totals.grandTotal");
        link.org().pay(link.invoice(), "CASH", total.subtract(new BigDecimal("200.00")).toPlainString(), key());

        deliver("sandbox", captured(link, "evt_" + UUID.randomUUID()), Instant.now(), WEBHOOK_SECRET);

        var gatewayPayment = link.org().accountant().get("/api/v1/payments?invoiceId=" + link.invoice());
        assertThat(amount(gatewayPayment, "$[1].appliedAmount")).isEqualByComparingTo("200.00");
        assertThat(amount(gatewayPayment, "$[1].advanceAmount")).isEqualByComparingTo("800.00");
        assertThat(link.org().accountant().get("/api/v1/invoices/" + link.invoice()).<String>json("$.status"))
                .isEqualTo("PAID");
    }
}
