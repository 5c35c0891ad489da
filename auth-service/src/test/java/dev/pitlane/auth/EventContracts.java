package dev.pitlane.auth;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pitlane.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what auth-service published and checks each event's {@code data} against its contract in
 * {@code contracts/events/auth-service/<EventType>.v1.schema.json}.
 */
public final class EventContracts {

    private static final Path CONTRACTS = Path.of("..", "contracts", "events", "auth-service");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventContracts() {
    }

    /** The first {@code count} events with this key, in order, once they are all on the topic (60 s at most). */
    public static List<Map<String, Object>> await(String topic, String key, int count) {
        List<Map<String, Object>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "contract-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            while (found.size() < count && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(checked(record.value()));
                    }
                });
            }
        }
        assertThat(found).as("events with key " + key + " on " + topic).hasSizeGreaterThanOrEqualTo(count);
        return found.subList(0, count);
    }

    private static Map<String, Object> checked(String envelope) {
        Map<String, Object> event = JSON.readValue(envelope, new TypeReference<Map<String, Object>>() {
        });
        assertThat(event).containsKeys("eventId", "eventType", "eventVersion", "occurredAt", "organizationId",
                "aggregateType", "aggregateId", "correlationId", "data");
        String type = (String) event.get("eventType");
        String data = JSON.writeValueAsString(event.get("data"));
        List<Error> errors = SCHEMAS.computeIfAbsent(type, EventContracts::schema).validate(data, InputFormat.JSON);
        assertThat(errors).as(type + " " + data + " against its contract").isEmpty();
        return event;
    }

    private static Schema schema(String eventType) {
        try {
            return REGISTRY.getSchema(Files.readString(CONTRACTS.resolve(eventType + ".v1.schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException("No contract for " + eventType, e);
        }
    }
}
