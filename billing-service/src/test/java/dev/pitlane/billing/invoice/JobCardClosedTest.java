package dev.pitlane.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitlane.billing.support.BillingTestBase;
import dev.pitlane.billing.support.Org;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestInfrastructure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** workshop-service's JobCardClosed, sent on the real broker as its outbox would, becomes the job's draft invoice. */
class JobCardClosedTest extends BillingTestBase {

    @Test
    void aClosedJobCardBecomesOneDraftInvoiceWithItsLabourAndPartsHoweverOftenItArrives() throws Exception {
        Org org = newOrg().withSeries("JOB-");
        UUID jobCard = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String event = envelope(eventId, org, jobCard, customer, """
                [{"description": "Periodic service labour", "kind": "LABOUR", "quantity": 2, "unitPrice": 750.00,
                  "hsnSac": "998714", "unit": "HRS"},
                 {"description": "Engine oil 5W-30", "kind": "PART", "quantity": 3.5, "unitPrice": 349.00,
                  "hsnSac": "27101980", "unit": "LTR", "itemId": "%s"},
                 {"description": "Wiper blade", "kind": "PART", "quantity": 2}]""".formatted(UUID.randomUUID()));

        publish(jobCard, event);
        publish(jobCard, envelope(UUID.randomUUID(), org, jobCard, customer, "[{\"description\": \"again\", "
                + "\"kind\": \"LABOUR\", \"quantity\": 1}]"));

        var drafts = Await.until("the job's draft invoice",
                () -> org.accountant().get("/api/v1/invoices?customerId=" + customer),
                r -> r.<Integer>json("$.page.totalElements") == 1);
        assertThat(drafts.<String>json("$.items[0].status")).isEqualTo("DRAFT");
        assertThat(drafts.<String>json("$.items[0].source")).isEqualTo("JOB_CARD");
        assertThat(drafts.<String>json("$.items[0].jobCardNumber")).isEqualTo("JC-PUN-000123");
        assertThat(drafts.<List<String>>json("$.items[0].lines[*].hsnSac"))
                .containsExactly("998714", "27101980", "8708");
        assertThat(drafts.<Double>json("$.items[0].totals.taxableValue")).isEqualTo(2721.50);
        // the second JobCardClosed for the same job card made no second draft
        publish(jobCard, envelope(UUID.randomUUID(), org, UUID.randomUUID(), customer,
                "[{\"description\": \"another job\", \"kind\": \"LABOUR\", \"quantity\": 1}]"));
        Await.until("the other job's draft", () -> org.accountant().get("/api/v1/invoices?customerId=" + customer),
                r -> r.<Integer>json("$.page.totalElements") == 2);
    }

    private static String envelope(UUID eventId, Org org, UUID jobCard, UUID customer, String lines) {
        return """
                {"eventId": "%s", "eventType": "JobCardClosed", "eventVersion": 1, "occurredAt": "%s",
                 "organizationId": "%s", "aggregateType": "JobCard", "aggregateId": "%s", "correlationId": "test",
                 "data": {"jobCardId": "%s", "number": "JC-PUN-000123", "vehicleId": "%s", "customerId": "%s",
                          "serviceCenterId": "%s", "closedAt": "%s", "odometer": 42000, "lines": %s}}"""
                .formatted(eventId, Instant.now(), org.id, jobCard, jobCard, UUID.randomUUID(), customer, org.center,
                        Instant.now(), lines);
    }

    private static void publish(UUID key, String envelope) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("workshop.job-card.v1", key.toString(), envelope)).get();
        }
    }
}
