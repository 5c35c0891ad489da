package dev.pitlane.platform.sample;

import dev.pitlane.localinfra.KafkaBroker;
import dev.pitlane.testsupport.KafkaTap;
import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.testsupport.Await.until;
import static org.assertj.core.api.Assertions.assertThat;

class MessagingTest extends SampleTestBase {

    @Autowired
    OwnerDatabase owner;

    @Test
    void aCommittedEventIsPublishedAndHandledOnce() {
        UUID org = UUID.randomUUID();
        String id = createWidget(org, uniqueName("evt"));
        until(() -> effects(org, id) == 1, "event handled");
        assertThat(owner.count("SELECT count(*) FROM outbox_events WHERE payload->>'organizationId' = '" + org + "'"))
                .as("published rows are cleaned up").isZero();
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() {
        UUID org = UUID.randomUUID();
        var failed = as(org, "widget:write").post("/api/v1/widgets", "{\"name\":\"explode-after-write\",\"quantity\":1}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(failed.status()).isEqualTo(500);
        // a marker event after it: once the marker is on the topic, anything before it would be too
        UUID marker = UUID.randomUUID();
        String markerId = createWidget(marker, uniqueName("marker"));
        until(() -> effects(marker, markerId) == 1, "marker handled");
        assertThat(KafkaTap.on(WidgetController.TOPIC).caughtUp().events())
                .noneMatch(e -> e.value().contains(org.toString()));
    }

    @Test
    void aBatchOfEventsIsPublishedAndEachHandledOnceOrNoneIfItRollsBack() {
        UUID org = UUID.randomUUID();
        var created = as(org, "widget:write").post("/api/v1/widgets/batch",
                "[{\"name\":\"b1\",\"quantity\":1},{\"name\":\"b2\",\"quantity\":1},{\"name\":\"b3\",\"quantity\":1}]");
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        List<String> ids = created.json("$");
        assertThat(ids).hasSize(3);
        until(() -> ids.stream().allMatch(id -> effects(org, id) == 1), "every event of the batch handled");

        UUID failing = UUID.randomUUID();
        var failed = as(failing, "widget:write").post("/api/v1/widgets/batch",
                "[{\"name\":\"b1\",\"quantity\":1},{\"name\":\"explode-after-write\",\"quantity\":1}]");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(owner.count("SELECT count(*) FROM outbox_events WHERE payload->>'organizationId' = '" + failing
                + "'")).as("nothing of a rolled-back batch").isZero();
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        UUID org = UUID.randomUUID();
        UUID widget = UUID.randomUUID();
        String envelope = envelope(UUID.randomUUID(), org, widget, "twice");
        send(widget.toString(), envelope);
        send(widget.toString(), envelope);
        String later = envelope(UUID.randomUUID(), org, UUID.randomUUID(), "after");
        send(widget.toString(), later);
        until(() -> owner.count("SELECT count(*) FROM widget_effects WHERE organization_id = '" + org + "'") == 2,
                "both distinct events handled");
        assertThat(effects(org, widget.toString())).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        UUID org = UUID.randomUUID();
        UUID widget = UUID.randomUUID();
        send(widget.toString(), "this is not json");
        send(widget.toString(), envelope(UUID.randomUUID(), org, widget, "poison"));
        UUID good = UUID.randomUUID();
        send(widget.toString(), envelope(UUID.randomUUID(), org, good, "good"));
        until(() -> effects(org, good.toString()) == 1, "the event after the poison is handled");
        KafkaTap deadLetters = KafkaTap.on(WidgetController.TOPIC + ".dlt");
        deadLetters.await("the unreadable message", e -> "this is not json".equals(e.value()), 1);
        deadLetters.await("the poison event", e -> e.value().contains(widget.toString()), 1);
    }

    @Test
    void anEventSurvivesAKafkaOutage() {
        KafkaBroker broker = TestInfrastructure.localKafkaBroker().orElse(null);
        Assumptions.assumeTrue(broker != null, "needs a broker this JVM may stop");
        UUID org = UUID.randomUUID();
        broker.stop();
        String id;
        try {
            id = createWidget(org, uniqueName("outage"));
            assertThat(owner.count("SELECT count(*) FROM outbox_events WHERE payload->>'organizationId' = '"
                    + org + "'")).as("kept in the outbox while Kafka is away").isEqualTo(1);
        } finally {
            broker.start(Duration.ofSeconds(90));
        }
        until(() -> effects(org, id) == 1, "published and handled after Kafka returned");
    }

    @Test
    void handledEventsHaveTheirOffsetsCommittedOnTheCommitInterval() throws Exception {
        UUID org = UUID.randomUUID();
        String id = createWidget(org, uniqueName("offsets"));
        until(() -> effects(org, id) == 1, "event handled");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            // committed once a second (pitlane.messaging.offset-commit-interval), not never: a restart re-reads
            // only the last second, which the inbox drops
            until(() -> uncommitted(admin, WidgetController.TOPIC) == 0, "offsets committed up to the end");
        }
    }

    /** Records on {@code topic} past this service's committed offsets. */
    private static long uncommitted(Admin admin, String topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("platform-sample")
                    .partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .stream().map(p -> new TopicPartition(topic, p.partition()))
                    .collect(java.util.stream.Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            long behind = 0;
            for (var end : admin.listOffsets(partitions).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                behind += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return behind;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String createWidget(UUID org, String name) {
        var r = as(org, "widget:write").post("/api/v1/widgets", "{\"name\":\"" + name + "\",\"quantity\":1}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json("$.id");
    }

    private long effects(UUID org, String widgetId) {
        return owner.count("SELECT coalesce(sum(effects), 0) FROM widget_effects WHERE organization_id = '" + org
                + "' AND widget_id = '" + widgetId + "'");
    }

    private static String envelope(UUID eventId, UUID org, UUID widget, String name) {
        return """
                {"eventId":"%s","eventType":"WidgetCreated","eventVersion":1,"occurredAt":"%s",
                 "organizationId":"%s","aggregateType":"Widget","aggregateId":"%s","correlationId":"c1",
                 "data":{"widgetId":"%s","name":"%s","aFieldFromTheFuture":true}}"""
                .formatted(eventId, Instant.now(), org, widget, widget, name);
    }

    private static void send(String key, String value) {
        KafkaTap.publish(WidgetController.TOPIC, key, value);
    }
}
