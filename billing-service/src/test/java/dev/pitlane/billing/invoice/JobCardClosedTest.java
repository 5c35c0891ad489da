package dev.pitlane.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.OwnerDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** workshop-service's JobCardClosed, sent on the real broker as its outbox would, becomes the job's draft invoice. */
class JobCardClosedTest extends BillingTestBase {

    @Autowired
    OwnerDatabase owner;

    static final String TOPIC = "workshop.job-card.v1";

    @Test
    void aClosedJobCardBecomesOneDraftInvoiceWithItsLabourAndPartsHoweverOftenItArrives() {
        Org org = newOrg().withSeries("JOB-");
        UUID jobCard = UUID.randomUUID();
        UUID customer = UUID.randomUUID();

        jobCardClosed(org, jobCard, customer, """
                [{"description": "Periodic service labour", "kind": "LABOUR", "quantity": 2, "unitPrice": 750.00,
                  "hsnSac": "998714", "unit": "HRS"},
                 {"description": "Engine oil 5W-30", "kind": "PART", "quantity": 3.5, "unitPrice": 349.00,
                  "hsnSac": "27101980", "unit": "LTR", "itemId": "%s"},
                 {"description": "Wiper blade", "kind": "PART", "quantity": 2}]""".formatted(UUID.randomUUID()));
        jobCardClosed(org, jobCard, customer, "[{\"description\": \"again\", \"kind\": \"LABOUR\", \"quantity\": 1}]");

        var drafts = Await.until("the job's draft invoice",
                () -> org.accountant().get("/api/v1/invoices?customerId=" + customer),
                r -> r.<Integer>json("$.page.totalElements") == 1);
        assertThat(drafts.<String>json("$.items[0].status")).isEqualTo("DRAFT");
        assertThat(drafts.<String>json("$.items[0].source")).isEqualTo("JOB_CARD");
        assertThat(drafts.<String>json("$.items[0].jobCardNumber")).isEqualTo("JC-PUN-000123");
        assertThat(drafts.<List<String>>json("$.items[0].lines[*].hsnSac"))
                .containsExactly("998714", "27101980", "8708");
        assertThat(amount(drafts, "$.items[0].totals.taxableValue")).isEqualByComparingTo("2721.50");
        // a later job card of the same customer is a draft of its own; the repeat above made none
        jobCardClosed(org, UUID.randomUUID(), customer,
                "[{\"description\": \"another job\", \"kind\": \"LABOUR\", \"quantity\": 1}]");
        Await.until("the other job's draft", () -> org.accountant().get("/api/v1/invoices?customerId=" + customer),
                r -> r.<Integer>json("$.page.totalElements") == 2);
    }

    @Test
    void theDraftIsMadeOutToTheCustomerCustomerServiceToldAboutWithTheirGstin() {
        Org org = newOrg().withSeries("JOB-");
        UUID customer = UUID.randomUUID();
        var created = EventContracts.fixture("customer-service", "CustomerCreated", org.id, "Customer", customer, """
                {"customerId": "%s", "type": "BUSINESS", "name": "Bharat Logistics", "phone": "+919812345678",
                 "gstin": "%s", "smsConsent": false, "emailConsent": false, "version": 0}"""
                .formatted(customer, Org.KARNATAKA_GSTIN));
        created.publishTo("customer.customer.v1");
        owner.awaitHandled(created.eventId());

        jobCardClosed(org, UUID.randomUUID(), customer, """
                [{"description": "Clutch overhaul", "kind": "LABOUR", "quantity": 3, "unitPrice": 900.00}]""");

        var drafts = Await.until("the job's draft invoice",
                () -> org.accountant().get("/api/v1/invoices?customerId=" + customer),
                r -> r.<Integer>json("$.page.totalElements") == 1);
        assertThat(drafts.<String>json("$.items[0].recipient.name")).isEqualTo("Bharat Logistics");
        assertThat(drafts.<String>json("$.items[0].recipient.gstin")).isEqualTo(Org.KARNATAKA_GSTIN);
        assertThat(drafts.<String>json("$.items[0].supplyType")).isEqualTo("INTER_STATE");
    }

    private static void jobCardClosed(Org org, UUID jobCard, UUID customer, String lines) {
        EventContracts.fixture("workshop-service", "JobCardClosed", org.id, "JobCard", jobCard, """
                {"jobCardId": "%s", "number": "JC-PUN-000123", "vehicleId": "%s", "customerId": "%s",
                 "serviceCenterId": "%s", "closedAt": "%s", "odometer": 42000, "lines": %s}"""
                .formatted(jobCard, UUID.randomUUID(), customer, org.center, Instant.now(), lines))
                .publishTo(TOPIC);
    }
}
