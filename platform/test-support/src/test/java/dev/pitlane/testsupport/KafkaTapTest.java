package dev.pitlane.testsupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaTapTest {

    private final String topic = "test.tap-" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
    private final UUID org = UUID.randomUUID();

    @Test
    void seesWhatWasPublishedInOrderPerKeyAndCanTellWhatWasNot() throws Exception {
        // the test broker creates no topic by itself, as in production: the services declare theirs
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        String widget = UUID.randomUUID().toString();
        KafkaTap.publish(topic, widget, envelope("WidgetCreated", widget));
        KafkaTap.publish(topic, widget, envelope("WidgetRenamed", widget));
        KafkaTap.publish(topic, "other", "not an envelope");
        KafkaTap tap = KafkaTap.on(topic);

        assertThat(tap.awaitKey(widget, 2)).extracting(KafkaTap.Event::type)
                .containsExactly("WidgetCreated", "WidgetRenamed");
        assertThat(tap.await(org, "WidgetRenamed", d -> d.path("name").asString().equals("WidgetRenamed"))
                .aggregateId()).isEqualTo(widget);
        assertThat(tap.caughtUp().events()).hasSize(3).filteredOn(e -> e.key().equals("other")).singleElement()
                .satisfies(e -> assertThat(e.type()).as("a value that is no envelope has no type").isEmpty());
        assertThat(tap.events(org, "WidgetDeleted")).isEmpty();
        assertThat(KafkaTap.on(topic)).as("one tap per topic set").isSameAs(tap);
    }

    private String envelope(String type, String widget) {
        return """
                {"eventId":"%s","eventType":"%s","eventVersion":1,"occurredAt":"2026-12-07T10:00:00Z",
                 "organizationId":"%s","aggregateType":"Widget","aggregateId":"%s","correlationId":"t",
                 "data":{"name":"%s"}}""".formatted(UUID.randomUUID(), type, org, widget, type);
    }
}
