package dev.pitlane.e2e.customer;

import dev.pitlane.e2e.E2eSuite;
import dev.pitlane.e2e.auth.Tenants;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static dev.pitlane.e2e.Responses.ok;
import static dev.pitlane.e2e.customer.CustomerData.createCustomer;
import static dev.pitlane.e2e.customer.CustomerData.newPhone;
import static dev.pitlane.e2e.customer.CustomerData.registerVehicle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vehicle's service history as the gateway serves it, fed by the suite's broker. workshop-service and
 * billing-service do not exist yet, so the test publishes their events as they will, built from payloads that fit
 * their contracts.
 */
class ServiceHistoryE2eTest {

    private static final String ANDHERI = "7e57da7a-0000-4000-8000-000000000101";

    @Test
    void aClosedJobCardAndItsPaidInvoiceShowAsOneVisitNewestFirst() {
        Tenants.Org tenant = Tenants.newOrganization();
        TestHttp admin = tenant.admin();
        String customer = createCustomer(admin, "Service Customer", newPhone());
        String vehicle = registerVehicle(admin, customer);
        UUID older = UUID.randomUUID();
        UUID latest = UUID.randomUUID();
        Instant closedAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        publish(tenant, "workshop.job-card.v1", "workshop-service", "JobCardClosed", "JobCard", older,
                jobCardClosed(older, vehicle, customer, closedAt.minus(90, ChronoUnit.DAYS), 16000));
        publish(tenant, "workshop.job-card.v1", "workshop-service", "JobCardClosed", "JobCard", latest,
                jobCardClosed(latest, vehicle, customer, closedAt, 18250));
        UUID invoice = UUID.randomUUID();
        publish(tenant, "billing.invoice.v1", "billing-service", "InvoicePaid", "Invoice", invoice, """
                {"invoiceId":"%s","number":"INV-2025-0042","jobCardId":"%s","vehicleId":"%s","customerId":"%s",
                 "total":4956.00,"currency":"INR","paidAt":"%s"}""".formatted(invoice, latest, vehicle, customer,
                Instant.now()));

        Await.until("both visits, the latest paid", Duration.ofSeconds(60),
                () -> admin.get("/api/v1/vehicles/" + vehicle + "/service-history"),
                r -> r.status() == 200 && r.<Integer>json("$.items.length()") == 2
                        && r.json("$.items[0].invoice.number") != null);
        var first = ok(admin.get("/api/v1/vehicles/" + vehicle + "/service-history?limit=1"), 200);
        assertThat(first.<String>json("$.items[0].jobCardId")).isEqualTo(latest.toString());
        assertThat(first.<List<String>>json("$.items[0].lines[*].kind")).containsExactly("LABOUR", "PART");
        assertThat(first.<Double>json("$.items[0].invoice.total")).isEqualTo(4956.0);
        var rest = ok(admin.get("/api/v1/vehicles/" + vehicle + "/service-history?limit=1&cursor="
                + first.json("$.next")), 200);
        assertThat(rest.<String>json("$.items[0].jobCardId")).isEqualTo(older.toString());
        assertThat(rest.<String>json("$.items[0].invoice")).isNull();
        assertThat(rest.<String>json("$.next")).isNull();

        var v = ok(admin.get("/api/v1/vehicles/" + vehicle), 200);
        assertThat(v.<String>json("$.lastServiceDate")).isEqualTo(closedAt.toString().substring(0, 10));
        assertThat(v.<Integer>json("$.lastServiceOdometerKm")).isEqualTo(18250);
        assertThat(v.<Integer>json("$.odometerKm")).isEqualTo(18250);
        assertThat(admin.get("/api/v1/vehicles/" + vehicle + "/service-history?limit=500").status()).isEqualTo(400);
    }

    private static String jobCardClosed(UUID jobCard, String vehicle, String customer, Instant closedAt, int km) {
        return """
                {"jobCardId":"%s","number":"JC-AND-%06d","vehicleId":"%s","customerId":"%s","serviceCenterId":"%s",
                 "closedAt":"%s","odometer":%d,"summary":"Periodic service at %d km","lines":[
                 {"description":"Periodic maintenance labour","kind":"LABOUR","quantity":1},
                 {"description":"Engine oil 5W-30","kind":"PART","quantity":3.5}]}"""
                .formatted(jobCard, km, vehicle, customer, ANDHERI, closedAt, km, km);
    }

    /** As the producer's outbox will: the envelope, keyed by the aggregate, its data fitting the contract. */
    private static void publish(Tenants.Org tenant, String topic, String producer, String type, String aggregateType,
                                UUID aggregateId, String data) {
        EventContracts.fixture(producer, type, UUID.fromString(tenant.id()), aggregateType, aggregateId, data)
                .publishTo(E2eSuite.get().kafka().bootstrapServers(), topic);
    }
}
