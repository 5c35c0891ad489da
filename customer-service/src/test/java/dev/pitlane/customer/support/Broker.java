package dev.pitlane.customer.support;

import dev.pitlane.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The test run's real Kafka broker: publish as another service would, read what this service published. */
public final class Broker {

    private Broker() {
    }

    public static void send(String topic, String key, String value) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record on {@code topic} whose value matches, waiting until {@code expected} of them arrived. */
    public static List<String> read(String topic, Predicate<String> matching, int expected) {
        List<String> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && found.size() < expected) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (matching.test(r.value())) {
                        found.add(r.value());
                    }
                });
            }
        }
        return found;
    }

    /** An envelope as every Pitlane service writes it. */
    public static String envelope(String eventType, UUID org, String aggregateType, UUID aggregateId, String data) {
        return """
                {"eventId":"%s","eventType":"%s","eventVersion":1,"occurredAt":"%s","organizationId":"%s",
                 "aggregateType":"%s","aggregateId":"%s","correlationId":"test","data":%s}"""
                .formatted(UUID.randomUUID(), eventType, java.time.Instant.now(), org, aggregateType, aggregateId, data);
    }
}
