package dev.pitlane.procurement.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event contracts of {@code contracts/events/<service>/<EventType>.v1.schema.json} (JSON Schema 2020-12 of
 * an event's {@code data}), checked with a real validator.
 */
public final class Contracts {

    public static final Path ROOT = Path.of("..", "contracts", "events");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<Path, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Contracts() {
    }

    public static Path file(String service, String eventType) {
        return ROOT.resolve(service).resolve(eventType + ".v1.schema.json");
    }

    public static Optional<Schema> schema(String service, String eventType) {
        Path file = file(service, eventType);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(SCHEMAS.computeIfAbsent(file, f -> {
            try {
                return REGISTRY.getSchema(Files.newInputStream(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The schema's complaints about {@code data}; empty when it fits. */
    public static List<String> violations(String service, String eventType, JsonNode data) {
        Schema schema = schema(service, eventType)
                .orElseThrow(() -> new AssertionError("No contract " + file(service, eventType)));
        return schema.validate(data).stream().map(Error::toString).toList();
    }

    /**
     * A fixture of inventory's events must fit inventory's contract once inventory has published it; until then
     * the fixture follows the agreed contract text and the check is skipped.
     */
    static void checkInventoryFixture(String eventType, Map<String, Object> data) {
        schema("inventory-service", eventType).ifPresent(schema -> {
            List<Error> errors = schema.validate(JSON.valueToTree(data));
            if (!errors.isEmpty()) {
                throw new AssertionError("Fixture " + eventType + " breaks inventory's contract: " + errors);
            }
        });
    }
}
