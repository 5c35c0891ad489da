package dev.pitlane.inventory.support;

import com.jayway.jsonpath.JsonPath;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/** The real broker from a test's side: publish procurement's events, read what inventory published. */
public final class Events {

    private static KafkaProducer<String, String> producer;
    private static final Map<String, Reader> READERS = new java.util.concurrent.ConcurrentHashMap<>();

    private Events() {
    }

    public static synchronized void publish(String topic, String key, String envelope) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer());
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, envelope)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String envelope(UUID eventId, String type, UUID org, String aggregateId, String data) {
        return """
                {"eventId":"%s","eventType":"%s","eventVersion":1,"occurredAt":"%s","organizationId":"%s",
                 "aggregateType":"PartsIssue","aggregateId":"%s","correlationId":"test","data":%s}"""
                .formatted(eventId, type, Instant.now(), org, aggregateId, data);
    }

    /** Every record on the topic since the reader started, read in the background. */
    public static List<String> on(String topic) {
        return new ArrayList<>(READERS.computeIfAbsent(topic, Reader::new).values);
    }

    /** Waits until the topic holds {@code count} events of {@code type} for {@code org} matching the filter. */
    public static List<String> await(String topic, UUID org, String type, int count, Predicate<String> filter) {
        READERS.computeIfAbsent(topic, Reader::new);
        List<String>[] found = new List[1];
        Await.until(() -> {
            found[0] = on(topic).stream().filter(v -> v.contains(org.toString()))
                    .filter(v -> type.equals(JsonPath.read(v, "$.eventType"))).filter(filter).toList();
            return found[0].size() >= count;
        }, count + " " + type + " on " + topic);
        return found[0];
    }

    public static List<String> of(String topic, UUID org, String type) {
        return on(topic).stream().filter(v -> v.contains(org.toString()))
                .filter(v -> type.equals(JsonPath.read(v, "$.eventType"))).toList();
    }

    private static final class Reader {
        final ConcurrentLinkedQueue<String> values = new ConcurrentLinkedQueue<>();

        Reader(String topic) {
            Thread t = new Thread(() -> {
                try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                        new StringDeserializer())) {
                    consumer.subscribe(List.of(topic));
                    while (!Thread.currentThread().isInterrupted()) {
                        consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                    }
                }
            }, "test-reader-" + topic);
            t.setDaemon(true);
            t.start();
        }
    }
}
