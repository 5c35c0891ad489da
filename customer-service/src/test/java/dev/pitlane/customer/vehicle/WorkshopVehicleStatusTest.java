package dev.pitlane.customer.vehicle;

import dev.pitlane.customer.support.IntegrationTest;
import dev.pitlane.testsupport.EventContracts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.testsupport.Await.until;

/** workshop-service's job card events, built from its contracts and published on the real broker, move the vehicle. */
class WorkshopVehicleStatusTest extends IntegrationTest {

    private static final String JOB_CARDS = "workshop.job-card.v1";

    private final UUID org = UUID.randomUUID();

    @Test
    void theVehicleIsInServiceWhileItsJobCardRunsAndActiveAgainOnceDelivered() {
        String customer = createCustomer(admin(org), "Workshop Customer", newPhone());
        String vehicle = registerVehicle(admin(org), customer, newVin(), newPlate());
        UUID jobCard = UUID.randomUUID();

        EventContracts.fixture("workshop-service", "JobCardOpened", org, "JobCard", jobCard, Map.of(
                "jobCardId", jobCard.toString(), "number", "AND/26-27/000001",
                "serviceCenterId", UUID.randomUUID().toString(), "customerId", customer, "vehicleId", vehicle,
                "openedAt", Instant.now().toString())).publishTo(JOB_CARDS);
        awaitStatus(vehicle, "IN_SERVICE");
        changed(jobCard, customer, vehicle, "APPROVED", "IN_PROGRESS");
        changed(jobCard, customer, vehicle, "QUALITY_CHECK", "READY_FOR_DELIVERY");
        awaitStatus(vehicle, "READY_FOR_DELIVERY");
        changed(jobCard, customer, vehicle, "READY_FOR_DELIVERY", "DELIVERED");
        awaitStatus(vehicle, "ACTIVE");
    }

    private void changed(UUID jobCard, String customer, String vehicle, String from, String to) {
        EventContracts.fixture("workshop-service", "JobCardStatusChanged", org, "JobCard", jobCard, Map.of(
                "jobCardId", jobCard.toString(), "number", "AND/26-27/000001",
                "serviceCenterId", UUID.randomUUID().toString(), "customerId", customer, "vehicleId", vehicle,
                "from", from, "to", to, "changedAt", Instant.now().toString())).publishTo(JOB_CARDS);
    }

    private void awaitStatus(String vehicle, String status) {
        until(() -> status.equals(admin(org).get("/api/v1/vehicles/" + vehicle).json("$.status")),
                "vehicle " + status);
    }
}
