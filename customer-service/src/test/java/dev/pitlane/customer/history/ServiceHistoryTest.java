package dev.pitlane.customer.history;

import dev.pitlane.customer.support.IntegrationTest;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static dev.pitlane.testsupport.Await.until;
import static org.assertj.core.api.Assertions.assertThat;

/** Workshop's and billing's events, published on the real broker as those services will, built from their contracts. */
class ServiceHistoryTest extends IntegrationTest {

    private static final String JOB_CARDS = "workshop.job-card.v1";
    private static final String INVOICES = "billing.invoice.v1";

    private final UUID org = UUID.randomUUID();

    @Autowired
    OwnerDatabase owner;

    @Test
    void aClosedJobCardAndItsPaidInvoiceBecomeAVisit() {
        String customer = createCustomer(admin(org), "Service Customer", newPhone());
        String vehicle = registerVehicle(admin(org), customer, newVin(), newPlate());
        UUID jobCard = UUID.randomUUID();
        Instant closedAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var closed = jobCardClosed(jobCard, vehicle, customer, closedAt, 18250);
        closed.publishTo(JOB_CARDS);
        closed.publishTo(JOB_CARDS);
        until(() -> admin(org).get("/api/v1/vehicles/" + vehicle).<Integer>json("$.lastServiceOdometerKm") != null,
                "last service recorded");
        var v = admin(org).get("/api/v1/vehicles/" + vehicle);
        assertThat(v.<String>json("$.lastServiceDate")).isEqualTo(closedAt.toString().substring(0, 10));
        assertThat(v.<Integer>json("$.odometerKm")).isEqualTo(18250);

        invoicePaid(jobCard, vehicle, customer, Instant.now()).publishTo(INVOICES);
        until(() -> admin(org).get("/api/v1/vehicles/" + vehicle + "/service-history")
                .<String>json("$.items[0].invoice.number") != null, "invoice attached");
        var history = admin(org).get("/api/v1/vehicles/" + vehicle + "/service-history");
        assertThat(history.<List<String>>json("$.items[*].jobCardId")).containsExactly(jobCard.toString());
        assertThat(history.<String>json("$.items[0].jobCardNumber")).isEqualTo("JC-AND-000042");
        assertThat(history.<List<String>>json("$.items[0].lines[*].kind")).containsExactly("LABOUR", "PART");
        assertThat(history.<Double>json("$.items[0].invoice.total")).isEqualTo(4956.0);
        assertThat(owner.count("SELECT count(*) FROM service_visits WHERE organization_id = '" + org + "'"))
                .as("the redelivered JobCardClosed had no second effect").isEqualTo(1);
        assertThat(owner.count("SELECT count(*) FROM odometer_readings WHERE vehicle_id = '" + vehicle
                + "' AND source = 'JOB_CARD'")).isEqualTo(1);
    }

    @Test
    void anInvoicePaidBeforeItsJobCardClosedStillMakesOneVisit() {
        String customer = createCustomer(admin(org), "Early Payer", newPhone());
        String vehicle = registerVehicle(admin(org), customer, newVin(), newPlate());
        UUID older = UUID.randomUUID();
        UUID jobCard = UUID.randomUUID();
        jobCardClosed(older, vehicle, customer, Instant.now().minus(90, ChronoUnit.DAYS), 9000).publishTo(JOB_CARDS);
        invoicePaid(jobCard, vehicle, customer, Instant.now()).publishTo(INVOICES);
        until(() -> owner.count("SELECT count(*) FROM service_visits WHERE organization_id = '" + org + "'") == 2,
                "both visits");
        jobCardClosed(jobCard, vehicle, customer, Instant.now().minus(1, ChronoUnit.HOURS), 21000).publishTo(JOB_CARDS);
        until(() -> admin(org).get("/api/v1/vehicles/" + vehicle).<Integer>json("$.lastServiceOdometerKm") == 21000,
                "the later job card is the last service");
        var first = admin(org).get("/api/v1/vehicles/" + vehicle + "/service-history?limit=1");
        assertThat(first.<String>json("$.items[0].jobCardId")).isEqualTo(jobCard.toString());
        assertThat(first.<String>json("$.items[0].invoice.invoiceId")).isNotNull();
        var second = admin(org).get("/api/v1/vehicles/" + vehicle + "/service-history?limit=1&cursor="
                + first.json("$.next"));
        assertThat(second.<String>json("$.items[0].jobCardId")).isEqualTo(older.toString());
        assertThat(second.<String>json("$.next")).isNull();
        assertThat(as(org, "customer:read").get("/api/v1/vehicles/" + vehicle + "/service-history").status())
                .isEqualTo(403);
    }

    private EventContracts.Fixture jobCardClosed(UUID jobCard, String vehicle, String customer, Instant closedAt,
                                                 int km) {
        String data = """
                {"jobCardId":"%s","number":"JC-AND-000042","vehicleId":"%s","customerId":"%s",
                 "serviceCenterId":"7e57da7a-0000-4000-8000-000000000101","closedAt":"%s","odometer":%d,
                 "summary":"Periodic service at %d km","lines":[{"description":"Periodic maintenance labour","kind":"LABOUR","quantity":1},
                 {"description":"Engine oil 5W-30","kind":"PART","quantity":3.5}]}"""
                .formatted(jobCard, vehicle, customer, closedAt, km, km);
        return EventContracts.fixture("workshop-service", "JobCardClosed", org, "JobCard", jobCard, data);
    }

    private EventContracts.Fixture invoicePaid(UUID jobCard, String vehicle, String customer, Instant paidAt) {
        UUID invoice = UUID.randomUUID();
        String data = """
                {"invoiceId":"%s","number":"INV-2025-0042","jobCardId":"%s","vehicleId":"%s","customerId":"%s",
                 "total":4956.00,"currency":"INR","paidAt":"%s"}"""
                .formatted(invoice, jobCard, vehicle, customer, paidAt);
        return EventContracts.fixture("billing-service", "InvoicePaid", org, "Invoice", invoice, data);
    }
}
