package dev.pitlane.e2e.billing;

import static dev.pitlane.e2e.Responses.ok;
import static dev.pitlane.e2e.customer.CustomerData.createCustomer;
import static dev.pitlane.e2e.customer.CustomerData.newPhone;
import static dev.pitlane.e2e.customer.CustomerData.registerVehicle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.e2e.auth.Tenants;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.TestHttp;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The billing flow through the gateway, every service its own process on the suite's broker: a closed job
 * card (published as workshop-service will) → a draft invoice → issued with its number → paid in two parts, cash at
 * the counter and the rest through the sandbox provider's signed webhook → InvoicePaid in customer-service's history
 * of the vehicle; then a partial refund.
 */
class BillingFlowE2eTest {

    @Test
    void aClosedJobIsInvoicedPaidInCashAndByWebhookAndShowsPaidInTheVehiclesHistory() throws Exception {
        Tenants.Org tenant = Tenants.newOrganization();
        TestHttp admin = tenant.admin();
        String customer = createCustomer(admin, "Billing Customer", newPhone());
        String vehicle = registerVehicle(admin, customer);
        UUID center = UUID.randomUUID();
        ok(admin.put("/api/v1/billing-centers/" + center, """
                {"legalName": "E2E Motors Pvt Ltd", "addressLine1": "14 FC Road", "city": "Pune",
                 "postalCode": "411004", "stateCode": "27", "gstin": "27AAPFU0939F1ZV"}"""), 200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        int year = today.getMonth().compareTo(Month.APRIL) >= 0 ? today.getYear() : today.getYear() - 1;
        ok(admin.post("/api/v1/billing-centers/" + center + "/series", """
                {"documentType": "INVOICE", "financialYear": %d, "prefix": "E2E/", "numberWidth": 6}"""
                .formatted(year)), 201);

        UUID jobCard = UUID.randomUUID();
        EventContracts.fixture("workshop-service", "JobCardClosed", UUID.fromString(tenant.id()), "JobCard", jobCard,
                """
                {"jobCardId": "%s", "number": "JC-E2E-000001", "vehicleId": "%s", "customerId": "%s",
                 "serviceCenterId": "%s", "closedAt": "%s", "odometer": 21000, "lines": [
                   {"description": "Periodic service labour", "kind": "LABOUR", "quantity": 2, "unitPrice": 750.00,
                    "hsnSac": "998714", "unit": "HRS"},
                   {"description": "Engine oil 5W-30", "kind": "PART", "quantity": 3.5, "unitPrice": 349.00,
                    "hsnSac": "27101980", "unit": "LTR"}]}"""
                        .formatted(jobCard, vehicle, customer, center, Instant.now()))
                .publishTo(E2eSuite.get().kafka().bootstrapServers(), "workshop.job-card.v1");

        var drafts = Await.until("the job's draft invoice", Duration.ofSeconds(60),
                () -> admin.get("/api/v1/invoices?customerId=" + customer),
                r -> r.status() == 200 && r.<Integer>json("$.page.totalElements") == 1);
        String invoice = drafts.json("$.items[0].id");
        int version = drafts.json("$.items[0].version");
        ok(admin.put("/api/v1/invoices/" + invoice, """
                {"serviceCenterId": "%s", "customerId": "%s", "vehicleId": "%s", "version": %d,
                 "recipient": {"name": "Billing Customer", "addressLine1": "3 Law College Road", "city": "Pune",
                               "postalCode": "411004", "stateCode": "27"},
                 "lines": [
                   {"kind": "LABOUR", "description": "Periodic service labour", "hsnSac": "998714", "quantity": 2,
                    "unit": "HRS", "unitPrice": 750.00},
                   {"kind": "PART", "description": "Engine oil 5W-30", "hsnSac": "27101980", "quantity": 3.5,
                    "unit": "LTR", "unitPrice": 349.00}]}""".formatted(center, customer, vehicle, version)), 200);

        var issued = ok(admin.post("/api/v1/invoices/" + invoice + "/issue", ""), 200);
        assertThat(issued.<String>json("$.number")).isEqualTo("E2E/000001");
        BigDecimal total = new BigDecimal(issued.json("$.totals.grandTotal").toString());

        var cash = ok(admin.post("/api/v1/payments", """
                {"invoiceId": "%s", "method": "CASH", "amount": 1000.00}""".formatted(invoice),
                "Idempotency-Key", UUID.randomUUID().toString()), 201);
        assertThat(cash.<String>json("$.invoiceStatus")).isEqualTo("PARTIALLY_PAID");
        var link = ok(admin.post("/api/v1/invoices/" + invoice + "/payment-links", "{\"provider\": \"sandbox\"}",
                "Idempotency-Key", UUID.randomUUID().toString()), 201);
        assertThat(new BigDecimal(link.json("$.amount").toString()))
                .isEqualByComparingTo(total.subtract(new BigDecimal("1000.00")));

        String webhook = """
                {"id": "evt_%s", "type": "payment.captured", "createdAt": "%s",
                 "data": {"orderId": "%s", "paymentId": "sbx_pay_%s", "amount": %s, "currency": "INR",
                          "notes": {"organizationId": "%s", "invoiceId": "%s"}}}"""
                .formatted(UUID.randomUUID(), Instant.now(), link.json("$.providerOrderId"), UUID.randomUUID(),
                        link.json("$.amount"), tenant.id(), invoice);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        TestHttp provider = E2eSuite.gateway();
        assertThat(provider.post("/api/v1/payment-webhooks/sandbox", webhook, "Webhook-Timestamp", timestamp,
                "Webhook-Signature", "v1=" + "00".repeat(32)).status()).isEqualTo(401);
        ok(provider.post("/api/v1/payment-webhooks/sandbox", webhook, "Webhook-Timestamp", timestamp,
                "Webhook-Signature", sign(timestamp, webhook)), 200);

        assertThat(ok(admin.get("/api/v1/invoices/" + invoice), 200).<String>json("$.status")).isEqualTo("PAID");
        Await.until("the paid invoice in the vehicle's history", Duration.ofSeconds(60),
                () -> admin.get("/api/v1/vehicles/" + vehicle + "/service-history"),
                r -> r.status() == 200 && "E2E/000001".equals(r.json("$.items[0].invoice.number")));

        var refund = ok(admin.post("/api/v1/refunds", """
                {"paymentId": "%s", "amount": 250.00, "reason": "Goodwill"}""".formatted(cash.<String>json("$.id")),
                "Idempotency-Key", UUID.randomUUID().toString()), 201);
        assertThat(refund.<String>json("$.invoiceStatus")).isEqualTo("PARTIALLY_PAID");
        assertThat(new BigDecimal(refund.json("$.invoiceDue").toString())).isEqualByComparingTo("250.00");
    }

    /** As the provider signs: HMAC-SHA256 of "<timestamp>.<body>" under the shared secret. */
    private static String sign(String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(E2eSuite.SANDBOX_WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
