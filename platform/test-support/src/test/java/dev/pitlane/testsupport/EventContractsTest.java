package dev.pitlane.testsupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractsTest {

    private static final String VEHICLE = """
            {"vehicleId":"%s","customerId":"%s","registrationNumber":"MH02AB1234","make":"Kia","model":"Sonet"}""";

    @Test
    void findsTheContractsFromAModuleOfTheRepository() {
        assertThat(EventContracts.file("customer-service", "VehicleRegistered")).isRegularFile();
        assertThat(EventContracts.eventTypes("customer-service")).contains("VehicleRegistered", "CustomerCreated");
    }

    @Test
    void aPayloadThatFitsHasNoViolationsWhateverItIsWrittenAs() {
        String json = VEHICLE.formatted(UUID.randomUUID(), UUID.randomUUID());
        assertThat(EventContracts.violations("customer-service", "VehicleRegistered", json)).isEmpty();
        assertThat(EventContracts.violations("customer-service", "VehicleRegistered",
                JsonMapper.builder().build().readTree(json))).isEmpty();
        assertThat(EventContracts.violations("customer-service", "VehicleRegistered", Map.of("vehicleId",
                UUID.randomUUID().toString(), "customerId", UUID.randomUUID().toString(), "vin",
                "MA3ERLF3S00123456", "make", "Kia", "model", "Sonet"))).isEmpty();
    }

    @Test
    void formatsAreAssertedNotJustAnnotated() {
        assertThat(EventContracts.violations("customer-service", "VehicleRegistered",
                VEHICLE.formatted("not-a-uuid", UUID.randomUUID()))).singleElement().asString().contains("vehicleId");
    }

    @Test
    void aConsumerCannotBuildAFixtureOfAnEventItsProducerWouldNeverSend() {
        assertThatThrownBy(() -> EventContracts.fixture("customer-service", "VehicleRegistered", UUID.randomUUID(),
                "Vehicle", UUID.randomUUID(), "{\"vehicleId\":\"" + UUID.randomUUID() + "\",\"make\":\"Kia\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("customerId");
        assertThatThrownBy(() -> EventContracts.requireValid("workshop-service", "NoSuchEvent", "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("No contract");
    }

    @Test
    void aFixtureIsAFullEnvelopeKeyedByItsAggregate() {
        UUID org = UUID.randomUUID();
        UUID vehicle = UUID.randomUUID();
        var fixture = EventContracts.fixture("customer-service", "VehicleRegistered", org, "Vehicle", vehicle,
                VEHICLE.formatted(vehicle, UUID.randomUUID()));
        var envelope = JsonMapper.builder().build().readTree(fixture.json());
        assertThat(fixture.key()).isEqualTo(vehicle.toString());
        assertThat(envelope.path("eventId").asString()).isEqualTo(fixture.eventId().toString());
        assertThat(envelope.path("organizationId").asString()).isEqualTo(org.toString());
        assertThat(envelope.path("eventVersion").asInt()).isEqualTo(1);
        assertThat(envelope.path("data").path("make").asString()).isEqualTo("Kia");
        assertThat(EventContracts.requirePublished("customer-service",
                new KafkaTap.Event("customer.vehicle.v1", fixture.key(), fixture.json(), envelope))).isNotNull();
    }
}
