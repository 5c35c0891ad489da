package dev.pitlane.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The event contracts, {@code contracts/events/<service>/<EventType>.v1.schema.json} at the repository root: JSON
 * Schema 2020-12 of an event's {@code data}, formats (uuid, date-time) asserted. Both sides of an event are tested
 * against the same file: the producer checks what it really published ({@link #requirePublished}), a consumer builds
 * its fixtures only from payloads that fit ({@link #fixture}, as ftgo's {@code ValidatingJSONMapper} does), so a
 * consumer test cannot pass on an event its producer would never send.
 */
public final class EventContracts {

    /** What every envelope carries besides {@code data} (docs/events.md). */
    private static final List<String> ENVELOPE_FIELDS = List.of("eventId", "eventType", "eventVersion", "occurredAt",
            "organizationId", "aggregateType", "aggregateId", "correlationId", "data");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));
    private static final Map<Path, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static volatile Path directory;

    private EventContracts() {
    }

    /** An event as a consumer's test publishes it: its id (to find it in the inbox), key and envelope text. */
    public record Fixture(UUID eventId, String eventType, String key, String json) {

        public void publishTo(String topic) {
            KafkaTap.publish(topic, key, json);
        }

        /** To another broker than the test run's (the e2e suite's). */
        public void publishTo(String bootstrapServers, String topic) {
            KafkaTap.publishTo(bootstrapServers, topic, key, json);
        }
    }

    /** {@code contracts/events}, found from the working directory (a module's) up to the repository root. */
    public static Path directory() {
        if (directory == null) {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !Files.isDirectory(dir.resolve("contracts").resolve("events"))) {
                dir = dir.getParent();
            }
            if (dir == null) {
                throw new IllegalStateException("No contracts/events above " + Path.of("").toAbsolutePath());
            }
            directory = dir.resolve("contracts").resolve("events");
        }
        return directory;
    }

    public static Path file(String service, String eventType) {
        return directory().resolve(service).resolve(eventType + ".v1.schema.json");
    }

    /** The event types {@code service} has a contract for. */
    public static Set<String> eventTypes(String service) {
        try (Stream<Path> files = Files.list(directory().resolve(service))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".v1.schema.json"))
                    .map(n -> n.substring(0, n.length() - ".v1.schema.json".length())).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the contract of {@code service}'s {@code eventType} finds wrong with {@code data}; empty when it fits.
     * {@code data} is JSON text, a {@link JsonNode}, or anything Jackson writes (a map, a record).
     */
    public static List<String> violations(String service, String eventType, Object data) {
        return schema(service, eventType).validate(tree(data)).stream().map(Error::toString).toList();
    }

    /** Fails the test naming every violation when {@code data} does not fit its contract. */
    public static void requireValid(String service, String eventType, Object data) {
        List<String> violations = violations(service, eventType, data);
        if (!violations.isEmpty()) {
            throw new AssertionError(service + "'s " + eventType + " breaks its contract " + violations + ": "
                    + tree(data));
        }
    }

    /** Fails the test unless {@code service} published this event in a full envelope whose data fits its contract. */
    public static KafkaTap.Event requirePublished(String service, KafkaTap.Event event) {
        List<String> missing = ENVELOPE_FIELDS.stream().filter(f -> !event.envelope().hasNonNull(f)).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("Envelope without " + missing + ": " + event.value());
        }
        requireValid(service, event.type(), event.data());
        return event;
    }

    /**
     * An event of {@code service} as its outbox would write it (keyed by its aggregate), for a consumer's test to
     * publish: {@code data} must fit the producer's contract first.
     */
    public static Fixture fixture(String service, String eventType, UUID organizationId, String aggregateType,
                                  Object aggregateId, Object data) {
        requireValid(service, eventType, data);
        UUID eventId = UUID.randomUUID();
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("eventId", eventId.toString());
        envelope.put("eventType", eventType);
        envelope.put("eventVersion", 1);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("organizationId", organizationId.toString());
        envelope.put("aggregateType", aggregateType);
        envelope.put("aggregateId", aggregateId.toString());
        envelope.put("correlationId", "test-" + eventId);
        envelope.set("data", tree(data));
        return new Fixture(eventId, eventType, aggregateId.toString(), JSON.writeValueAsString(envelope));
    }

    private static Schema schema(String service, String eventType) {
        Path file = file(service, eventType);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("No contract for " + service + "'s " + eventType + ": " + file);
        }
        return SCHEMAS.computeIfAbsent(file, f -> {
            try {
                return REGISTRY.getSchema(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static JsonNode tree(Object data) {
        if (data instanceof JsonNode node) {
            return node;
        }
        if (data instanceof String json) {
            return JSON.readTree(json);
        }
        return JSON.valueToTree(data);
    }
}
