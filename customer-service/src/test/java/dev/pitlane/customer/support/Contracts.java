package dev.pitlane.customer.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The event contracts in {@code contracts/events/}: the shared truth producers and consumers are tested against. */
public final class Contracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Contracts() {
    }

    public static Path schemaFile(String service, String eventType) {
        Path module = Path.of(System.getProperty("user.dir"));
        return module.resolveSibling("contracts").resolve("events").resolve(service)
                .resolve(eventType + ".v1.schema.json");
    }

    /** The problems of {@code json} against the contract of {@code service}'s {@code eventType}; empty when it fits. */
    public static Set<ValidationMessage> validate(String service, String eventType, String json) {
        try {
            JsonSchema schema = FACTORY.getSchema(Files.readString(schemaFile(service, eventType)),
                    com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            JsonNode node = MAPPER.readTree(json);
            return schema.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
