package dev.pitlane.procurement.support;

import dev.pitlane.testsupport.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Plays inventory-service: publishes its answers as real envelopes on the real broker, exactly as its outbox
 * would. Fixtures are checked against inventory's contracts when those exist.
 */
public final class InventorySimulator {

    public static final String RESERVATIONS = "inventory.reservation.v1";
    public static final String STOCK = "inventory.stock.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile KafkaProducer<String, String> producer;

    private InventorySimulator() {
    }

    /** An envelope as the platform's outbox writes it; send it more than once to simulate a redelivery. */
    public record Envelope(String topic, String key, String json, UUID eventId) {
    }

    public static Envelope envelope(String topic, UUID organizationId, String aggregateType, UUID aggregateId,
                                    String eventType, Map<String, Object> data) {
        Contracts.checkInventoryFixture(eventType, data);
        UUID eventId = UUID.randomUUID();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", eventId.toString());
        envelope.put("eventType", eventType);
        envelope.put("eventVersion", 1);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("organizationId", organizationId.toString());
        envelope.put("aggregateType", aggregateType);
        envelope.put("aggregateId", aggregateId.toString());
        envelope.put("correlationId", "test-" + eventId);
        envelope.put("data", data);
        return new Envelope(topic, aggregateId.toString(), JSON.writeValueAsString(envelope), eventId);
    }

    public static void send(Envelope envelope) {
        try {
            producer().send(new ProducerRecord<>(envelope.topic(), envelope.key(), envelope.json())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (InventorySimulator.class) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.<String, Object>of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                            new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }
}
