package dev.pitlane.customer.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitlane.customer.support.Broker;
import dev.pitlane.customer.support.Contracts;
import dev.pitlane.customer.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event this service publishes, read back from the broker, fits its contract in contracts/events/customer-service. */
class EventContractTest extends IntegrationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final UUID org = UUID.randomUUID();

    @Test
    void customerEventsFitTheirContracts() throws Exception {
        String phone = newPhone();
        var created = admin(org).post("/api/v1/customers", """
                {"type":"BUSINESS","name":"Deccan Transports","phone":"%s","email":"ops-%s@deccan.in",
                 "gstin":"29AAGCD1234K1Z%s","smsConsent":true}""".formatted(phone, unique(),
                dev.pitlane.customer.customer.domain.Gstin.checkCharacter("29AAGCD1234K1Z")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        admin(org).put("/api/v1/customers/" + id, """
                {"type":"BUSINESS","name":"Deccan Transports Pvt Ltd","phone":"%s","version":0}""".formatted(phone));
        admin(org).delete("/api/v1/customers/" + id);
        admin(org).post("/api/v1/customers/" + id + "/restore", "");

        List<JsonNode> events = read("customer.customer.v1", id, 4);
        assertThat(events).extracting(e -> e.get("eventType").asText())
                .containsExactly("CustomerCreated", "CustomerUpdated", "CustomerDeleted", "CustomerRestored");
        for (JsonNode e : events) {
            assertThat(e.get("organizationId").asText()).isEqualTo(org.toString());
            assertThat(e.get("aggregateId").asText()).isEqualTo(id);
            assertThat(Contracts.validate("customer-service", e.get("eventType").asText(), e.get("data").toString()))
                    .as(e.toString()).isEmpty();
        }
        assertThat(events.get(1).get("data").get("version").asInt()).isEqualTo(1);
    }

    @Test
    void vehicleEventsFitTheirContracts() throws Exception {
        String first = createCustomer(admin(org), "Event Owner", newPhone());
        String second = createCustomer(admin(org), "Event Buyer", newPhone());
        String id = registerVehicle(admin(org), first, newVin(), newPlate());
        admin(org).post("/api/v1/vehicles/" + id + "/ownership-transfers", "{\"customerId\":\"" + second + "\"}");
        admin(org).post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"IN_SERVICE\"}");
        var onlyPlate = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","registrationNumber":"%s","make":"Honda","model":"City"}""".formatted(first, newPlate()));

        List<JsonNode> events = read("customer.vehicle.v1", id, 3);
        assertThat(events).extracting(e -> e.get("eventType").asText())
                .containsExactly("VehicleRegistered", "VehicleOwnershipTransferred", "VehicleStatusChanged");
        events.addAll(read("customer.vehicle.v1", onlyPlate.json("$.id"), 1));
        for (JsonNode e : events) {
            assertThat(Contracts.validate("customer-service", e.get("eventType").asText(), e.get("data").toString()))
                    .as(e.toString()).isEmpty();
        }
        assertThat(events.get(1).get("data").get("toCustomerId").asText()).isEqualTo(second);
    }

    @Test
    void aBrokenPayloadWouldBeCaughtByTheContract() {
        assertThat(Contracts.validate("customer-service", "VehicleRegistered",
                "{\"vehicleId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"x\",\"make\":\"Kia\",\"model\":\"Sonet\"}"))
                .isNotEmpty();
    }

    private static List<JsonNode> read(String topic, String aggregateId, int expected) throws Exception {
        List<String> raw = Broker.read(topic, v -> v.contains(aggregateId), expected);
        List<JsonNode> events = new java.util.ArrayList<>();
        for (String r : raw) {
            events.add(MAPPER.readTree(r));
        }
        return events;
    }
}
