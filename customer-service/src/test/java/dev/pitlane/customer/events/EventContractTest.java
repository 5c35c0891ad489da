package dev.pitlane.customer.events;

import dev.pitlane.customer.support.IntegrationTest;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.KafkaTap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event this service publishes, read back from the broker, fits its contract in contracts/events/customer-service. */
class EventContractTest extends IntegrationTest {

    private final UUID org = UUID.randomUUID();

    @Test
    void customerEventsFitTheirContracts() {
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

        List<KafkaTap.Event> events = published("customer.customer.v1", id, 4);
        assertThat(events).extracting(KafkaTap.Event::type)
                .containsExactly("CustomerCreated", "CustomerUpdated", "CustomerDeleted", "CustomerRestored");
        for (KafkaTap.Event e : events) {
            assertThat(e.organizationId()).isEqualTo(org.toString());
            assertThat(e.aggregateId()).isEqualTo(id);
        }
        assertThat(events.get(1).data().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void vehicleEventsFitTheirContracts() {
        String first = createCustomer(admin(org), "Event Owner", newPhone());
        String second = createCustomer(admin(org), "Event Buyer", newPhone());
        String id = registerVehicle(admin(org), first, newVin(), newPlate());
        admin(org).post("/api/v1/vehicles/" + id + "/ownership-transfers", "{\"customerId\":\"" + second + "\"}");
        admin(org).post("/api/v1/vehicles/" + id + "/status", "{\"status\":\"IN_SERVICE\"}");
        var onlyPlate = admin(org).post("/api/v1/vehicles", """
                {"customerId":"%s","registrationNumber":"%s","make":"Honda","model":"City"}""".formatted(first, newPlate()));

        List<KafkaTap.Event> events = published("customer.vehicle.v1", id, 3);
        assertThat(events).extracting(KafkaTap.Event::type)
                .containsExactly("VehicleRegistered", "VehicleOwnershipTransferred", "VehicleStatusChanged");
        assertThat(published("customer.vehicle.v1", onlyPlate.json("$.id"), 1)).extracting(KafkaTap.Event::type)
                .containsExactly("VehicleRegistered");
        assertThat(events.get(1).data().path("toCustomerId").asString()).isEqualTo(second);
    }

    @Test
    void aBrokenPayloadWouldBeCaughtByTheContract() {
        assertThat(EventContracts.violations("customer-service", "VehicleRegistered",
                "{\"vehicleId\":\"" + UUID.randomUUID() + "\",\"customerId\":\"x\",\"make\":\"Kia\",\"model\":\"Sonet\"}"))
                .isNotEmpty();
    }

    /** One aggregate's events, in order, each checked against its contract. */
    private static List<KafkaTap.Event> published(String topic, String aggregateId, int count) {
        return KafkaTap.on(topic).awaitKey(aggregateId, count).stream()
                .map(e -> EventContracts.requirePublished("customer-service", e)).toList();
    }
}
