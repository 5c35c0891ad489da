package dev.pitlane.procurement.support;

import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Everything this service publishes, read from the real broker by a consumer of its own: tests wait here for the
 * events a flow must produce.
 */
public final class EventTap {

    public static final List<String> TOPICS = List.of("procurement.purchase-order.v1", "procurement.parts-issue.v1",
            "procurement.shipment.v1");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile EventTap instance;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** One record off the wire: its topic, key and envelope. */
    public record Received(String topic, String key, JsonNode envelope) {
        public String type() {
            return envelope.path("eventType").asString();
        }

        public String organizationId() {
            return envelope.path("organizationId").asString();
        }

        public JsonNode data() {
            return envelope.path("data");
        }
    }

    private EventTap() {
        Thread reader = new Thread(this::read, "test-event-tap");
        reader.setDaemon(true);
        reader.start();
    }

    public static EventTap get() {
        if (instance == null) {
            synchronized (EventTap.class) {
                if (instance == null) {
                    instance = new EventTap();
                }
            }
        }
        return instance;
    }

    private void read() {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-tap-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(TOPICS);
            while (true) {
                consumer.poll(Duration.ofMillis(200)).forEach(r ->
                        received.add(new Received(r.topic(), r.key(), JSON.readTree(r.value()))));
            }
        }
    }

    /** The events of one organization seen so far. */
    public List<Received> of(UUID organizationId) {
        return received.stream().filter(r -> r.organizationId().equals(organizationId.toString())).toList();
    }

    /** Waits for an event of {@code type} in the organization that matches. */
    public Received await(UUID organizationId, String type, Predicate<JsonNode> data) {
        return Await.until(type + " for " + organizationId,
                () -> of(organizationId).stream().filter(r -> r.type().equals(type) && data.test(r.data()))
                        .findFirst().orElse(null),
                r -> r != null);
    }

    public List<Received> all(UUID organizationId, String type) {
        return of(organizationId).stream().filter(r -> r.type().equals(type)).toList();
    }
}
